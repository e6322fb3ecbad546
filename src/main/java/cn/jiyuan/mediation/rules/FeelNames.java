package cn.jiyuan.mediation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a FEEL expression of a rule reads: what is left once string literals, comments, keywords, function
 * calls, property paths and numbers are taken out. A name the platform does not provide would always be empty
 * when the platform evaluates the rule, so a version that uses one is refused (package rules).
 */
final class FeelNames {

    /** Keywords and the names of built-in functions that can appear without parentheses right after them. */
    private static final Set<String> NOT_NAMES = Set.of("if", "then", "else", "and", "or", "not", "null", "true",
            "false", "between", "in", "instance", "of", "for", "return", "some", "every", "satisfies", "function",
            "date", "time", "duration", "years", "months", "item", "string", "length", "number");

    private FeelNames() {
    }

    /** The names read by the expression, in order of appearance. */
    static Set<String> of(String expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression == null) {
            return names;
        }
        String text = withoutLiteralsAndComments(expression);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                // a number, with its decimals and exponent: not a name
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                String name = text.substring(start, i);
                boolean property = before(text, start) == '.';
                boolean call = after(text, i) == '(';
                boolean namedArgument = after(text, i) == ':';
                if (!property && !call && !namedArgument && !NOT_NAMES.contains(name)) {
                    names.add(name);
                }
            } else {
                i++;
            }
        }
        return names;
    }

    /** Whether the expression defines a function backed by Java code ({@code function(...) external {...}}). */
    static boolean definesExternalFunction(String expression) {
        return expression != null && withoutLiteralsAndComments(expression).matches("(?s).*\\bexternal\\b.*");
    }

    private static char before(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? ' ' : text.charAt(i);
    }

    private static char after(String text, int index) {
        int i = index;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static String withoutLiteralsAndComments(String expression) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '"') {
                i++;
                while (i < expression.length() && expression.charAt(i) != '"') {
                    i += expression.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(" \"\" ");
            } else if (expression.startsWith("//", i)) {
                while (i < expression.length() && expression.charAt(i) != '\n') {
                    i++;
                }
            } else if (expression.startsWith("/*", i)) {
                int end = expression.indexOf("*/", i + 2);
                i = end < 0 ? expression.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
