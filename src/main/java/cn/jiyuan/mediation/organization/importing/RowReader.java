package cn.jiyuan.mediation.organization.importing;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads typed values from one row, recording a problem (source, row, field) for each bad one. */
final class RowReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\-() ]{5,20}$");

    private final String source;
    private final ImportRow row;
    private final List<ImportProblem> problems;
    private boolean bad;

    RowReader(String source, ImportRow row, List<ImportProblem> problems) {
        this.source = source;
        this.row = row;
        this.problems = problems;
    }

    boolean hasProblems() {
        return bad;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    void problem(String field, String message) {
        bad = true;
        problems.add(new ImportProblem(source, row.rowNumber(), field, message));
    }

    String optional(String field, int maxLength) {
        String v = row.get(field);
        if (v != null && v.length() > maxLength) {
            problem(field, "longer than " + maxLength + " characters");
            return null;
        }
        return v;
    }

    String required(String field, int maxLength) {
        String v = optional(field, maxLength);
        if (v == null && row.get(field) == null) {
            problem(field, "required");
        }
        return v;
    }

    String matching(String field, boolean required, Pattern pattern, String expected) {
        String v = required ? required(field, 200) : optional(field, 200);
        if (v != null && !pattern.matcher(v).matches()) {
            problem(field, "'" + v + "' is not " + expected);
            return null;
        }
        return v;
    }

    String email(String field, boolean required) {
        return matching(field, required, EMAIL, "an e-mail address");
    }

    String phone(String field) {
        return matching(field, false, PHONE, "a phone number");
    }

    <E extends Enum<E>> E enumValue(String field, boolean required, Class<E> type) {
        return parsed(field, required, v -> {
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }, "one of " + List.of(type.getEnumConstants()));
    }

    /** Parses with {@code parser}, which returns null for a value it does not accept. */
    <T> T parsed(String field, boolean required, Function<String, T> parser, String expected) {
        String v = required ? required(field, 200) : optional(field, 200);
        if (v == null) {
            return null;
        }
        T result = parser.apply(v);
        if (result == null) {
            problem(field, "'" + v + "' is not " + expected);
        }
        return result;
    }
}
