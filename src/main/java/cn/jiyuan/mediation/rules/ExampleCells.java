package cn.jiyuan.mediation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cells of one examples row, read by column name. A value may be written as the Chinese name users see
 * (婚姻家庭, 高风险, 是) or as its code (MARRIAGE_FAMILY, HIGH, true); an empty cell is "not given". Every problem is
 * collected in Chinese with the line and the column, so a table with several mistakes is corrected in one go.
 */
final class ExampleCells {

    private static final String SEPARATORS = "、,，;；/ \t";

    private final int line;
    private final Map<String, String> cells;
    private final List<String> problems;

    ExampleCells(int line, Map<String, String> cells, List<String> problems) {
        this.line = line;
        this.cells = cells;
        this.problems = problems;
    }

    int line() {
        return line;
    }

    /** The trimmed cell, or null when empty. */
    String text(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean has(String column) {
        return text(column) != null;
    }

    Boolean yesNo(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "是", "true", "TRUE" -> Boolean.TRUE;
            case "否", "false", "FALSE" -> Boolean.FALSE;
            default -> problem(column, "只能填写“是”或“否”", value);
        };
    }

    boolean yesNo(String column, boolean absent) {
        Boolean value = yesNo(column);
        return value == null ? absent : value;
    }

    /** A whole number from 0 up, 0 when empty. */
    int count(String column) {
        String value = text(column);
        if (value == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "须为0或正整数", value);
        return 0;
    }

    /** An amount in yuan from 0 up (at most two decimals), null when empty. */
    BigDecimal amount(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", ""));
            if (amount.signum() >= 0 && amount.scale() <= 2) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "须为不小于0的金额（元，最多两位小数）", value);
        return null;
    }

    /** A code of the list, written as its Chinese name or as the code itself; null when empty. */
    <E extends Enum<E>> E code(String column, Class<E> type, Function<E, String> label) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (label.apply(constant).equals(value) || constant.name().equals(value)) {
                return constant;
            }
        }
        return problem(column, "只能是以下之一：" + names(EnumSet.allOf(type), label), value);
    }

    /** Several codes of the list in one cell, separated by 、，；, written as Chinese names or codes. */
    <E extends Enum<E>> Set<E> codes(String column, Class<E> type, Function<E, String> label) {
        Set<E> found = EnumSet.noneOf(type);
        String rest = text(column);
        // names may themselves contain a separator (扬言极端行为(自杀、自残)): the longest name that starts the rest wins
        List<E> byLength = new ArrayList<>(EnumSet.allOf(type));
        byLength.sort(Comparator.comparingInt((E e) -> label.apply(e).length()).reversed());
        while (rest != null && !rest.isEmpty()) {
            E match = null;
            int length = 0;
            for (E constant : byLength) {
                for (String name : List.of(label.apply(constant), constant.name())) {
                    if (rest.startsWith(name) && name.length() > length) {
                        match = constant;
                        length = name.length();
                    }
                }
            }
            if (match == null) {
                return problem(column, "无法识别“" + first(rest) + "”，只能是以下之一（多项用顿号分隔）："
                        + names(EnumSet.allOf(type), label), null);
            }
            found.add(match);
            rest = strip(rest.substring(length));
        }
        return found;
    }

    private static String first(String rest) {
        int end = 0;
        while (end < rest.length() && SEPARATORS.indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        return rest.substring(0, Math.max(end, Math.min(rest.length(), 1)));
    }

    private static String strip(String rest) {
        int from = 0;
        while (from < rest.length() && SEPARATORS.indexOf(rest.charAt(from)) >= 0) {
            from++;
        }
        return rest.substring(from);
    }

    static <E extends Enum<E>> String names(Collection<E> constants, Function<E, String> label) {
        return constants.stream().map(label).collect(Collectors.joining("、"));
    }

    /** Records that a required column is empty. */
    void required(String column) {
        if (!has(column)) {
            problems.add("第" + line + "行“" + column + "”：必填");
        }
    }

    private <T> T problem(String column, String rule, String value) {
        problems.add("第" + line + "行“" + column + "”：" + rule + (value == null ? "" : "，实际为“" + quote(value) + "”"));
        return null;
    }

    /** A value quoted back: at most 20 characters of it. */
    private static String quote(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
