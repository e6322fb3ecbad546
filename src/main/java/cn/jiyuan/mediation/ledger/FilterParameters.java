package cn.jiyuan.mediation.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.UserText;

/**
 * Reading the query parameters the ledger and the statistics share. Each method adds a Chinese message naming the
 * field to {@code errors} and returns null for a bad value, so that one 400 names every bad parameter.
 */
public final class FilterParameters {

    private FilterParameters() {
    }

    /** A day written yyyy-MM-dd. */
    public static LocalDate date(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "应为“年-月-日”格式的日期，如 2026-02-17"));
            return null;
        }
    }

    /** {@code from} not after {@code to}; the message names {@code from}. */
    public static void ordered(LocalDate from, LocalDate to, List<FieldError> errors) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("from", "开始日期不能晚于结束日期（" + to + "）"));
        }
    }

    /** The code of a town (镇/街道) of the registry. */
    public static String town(String field, String value, OrganizationRepository registry, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip();
        boolean known = registry.findUnit(code).map(OrgUnit::level).filter(l -> l == UnitLevel.TOWN).isPresent();
        if (!known) {
            errors.add(new FieldError(field, "没有代码为" + UserText.quote(code) + "的镇（街道）"));
            return null;
        }
        return code;
    }

    /** One of an enum's codes; the message lists the codes with their labels. */
    public static <E extends Enum<E>> E code(String field, String value, Class<E> type, Function<E, String> label,
                                             String what, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E each : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : "、").append(each.name()).append("（")
                        .append(label.apply(each)).append("）");
            }
            errors.add(new FieldError(field, "没有这种" + what + UserText.quote(value.strip()) + "，可选：" + known));
            return null;
        }
    }

    /** true or false. */
    public static Boolean bool(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "只能是 true 或 false"));
                yield null;
            }
        };
    }

    /** A whole number between {@code min} and {@code max}, else {@code otherwise} when absent. */
    public static int number(String field, String value, int otherwise, int min, int max, List<FieldError> errors) {
        if (blank(value)) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(new FieldError(field, "须为" + min + "到" + max + "之间的整数"));
        return otherwise;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
