package cn.jiyuan.mediation.organization.importing;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.UserText;

/**
 * Reads typed values from one row, recording a problem (source, row, field, in Chinese) for each bad one.
 * Every value passes two checks first: no control or invisible format characters ({@link UserText}), and no
 * leading {@code = + - @}, tab or carriage return, with which a spreadsheet program would take the text, once
 * the registry is exported or the file opened again, for a formula and run it (CSV/formula injection). The one
 * exception is a phone number in the international form {@code +8613812345678}: digits only after the plus.
 */
final class RowReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\-() ]{5,20}$");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("^\\+[0-9][0-9\\-() ]{4,19}$");
    private static final String FORMULA_START = "=+-@";

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
        if (v == null) {
            return null;
        }
        if (v.length() > maxLength) {
            problem(field, "不能超过" + maxLength + "个字符（现有" + v.length() + "个）");
            return null;
        }
        String raw = row.values().get(field);
        if (startsLikeFormula(raw) && !(field.equals("phone") && INTERNATIONAL_PHONE.matcher(v).matches())) {
            problem(field, "不能以 =、+、-、@、制表符或回车符开头（电子表格会把它当作公式执行）");
            return null;
        }
        String text = UserText.problem(v, false);
        if (text != null) {
            problem(field, text);
            return null;
        }
        return v;
    }

    /** Whether a spreadsheet program could take the cell for a formula (leading spaces are ignored by some). */
    static boolean startsLikeFormula(String raw) {
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        if (raw.charAt(0) == '\t' || raw.charAt(0) == '\r') {
            return true;
        }
        String stripped = raw.strip();
        return !stripped.isEmpty() && FORMULA_START.indexOf(stripped.charAt(0)) >= 0;
    }

    String required(String field, int maxLength) {
        String v = optional(field, maxLength);
        if (v == null && row.get(field) == null) {
            problem(field, ApiProblems.REQUIRED);
        }
        return v;
    }

    String matching(String field, boolean required, Pattern pattern, String expected) {
        String v = required ? required(field, 200) : optional(field, 200);
        if (v != null && !pattern.matcher(v).matches()) {
            problem(field, UserText.quote(v) + "不是" + expected);
            return null;
        }
        return v;
    }

    String email(String field, boolean required) {
        return matching(field, required, EMAIL, "有效的电子邮箱地址");
    }

    String phone(String field) {
        return matching(field, false, PHONE, "有效的电话号码");
    }

    <E extends Enum<E>> E enumValue(String field, boolean required, Class<E> type) {
        return parsed(field, required, v -> {
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }, "以下取值之一：" + String.join("、", List.of(type.getEnumConstants()).stream().map(Enum::name).toList()));
    }

    /** Parses with {@code parser}, which returns null for a value it does not accept. */
    <T> T parsed(String field, boolean required, Function<String, T> parser, String expected) {
        String v = required ? required(field, 200) : optional(field, 200);
        if (v == null) {
            return null;
        }
        T result = parser.apply(v);
        if (result == null) {
            problem(field, UserText.quote(v) + "不是" + expected);
        }
        return result;
    }
}
