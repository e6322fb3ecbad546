package cn.jiyuan.mediation.platform;

import java.util.regex.Pattern;

/**
 * Checks of free text a user sends, shared by every reader of user input (API bodies, imports, forms).
 * Text is stored and shown as given, so what could mislead a reader or a later program is refused instead of
 * cleaned: control characters (a multi-line field keeps line feeds, tabs and CR-LF line ends), invisible
 * format characters such as the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which
 * make "abc" display as "cba"), zero-width characters and byte-order marks, line and paragraph separators,
 * unpaired surrogates, non-characters and U+FFFD (text that was decoded with the wrong encoding).
 */
public final class UserText {

    /** What an error message may quote of a user's value: a short code or name, nothing that reads as a sentence. */
    private static final Pattern QUOTABLE = Pattern.compile("[\\p{IsHan}A-Za-z0-9_.:@+\\-（）]{1,64}");

    private UserText() {
    }

    /**
     * @param multiLine whether the field is a multi-line text (line feeds and tabs allowed)
     * @return why the text is refused (Chinese, naming the position), or null when it is acceptable
     */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            String why = refusal(text, i, cp, multiLine);
            if (why != null) {
                return "第" + position + "个字符" + why;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String refusal(String text, int index, int cp, boolean multiLine) {
        if (cp == '\n' || cp == '\t') {
            return multiLine ? null : "是换行符或制表符，此项只能填写一行文字";
        }
        if (cp == '\r') {
            boolean lineEnd = index + 1 < text.length() && text.charAt(index + 1) == '\n';
            return multiLine && lineEnd ? null : "是回车符，不能使用";
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
                return "是控制字符（U+" + hex(cp) + "），不能使用";
            case Character.FORMAT:
                return "是不可见的格式字符（U+" + hex(cp) + "，如双向文字控制符、零宽字符），不能使用";
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return "是不可见的分行字符（U+" + hex(cp) + "），不能使用";
            case Character.SURROGATE:
                return "是不完整的 Unicode 字符，不能使用";
            default:
                break;
        }
        if (cp == 0xFFFD || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return "无法识别（U+" + hex(cp) + "，可能是编码错误），请检查后重新填写";
        }
        return null;
    }

    /**
     * A value as an error message may quote it: "“FAX”" for a short code or name, otherwise nothing, so that no
     * user text of arbitrary length or content is echoed back inside a message.
     */
    public static String quote(String value) {
        return value != null && QUOTABLE.matcher(value).matches() ? "“" + value + "”" : "";
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }
}
