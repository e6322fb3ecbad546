package cn.jiyuan.mediation.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * Reads the query parameters of a list or download (filters, a period, a page) and collects what is wrong with
 * them, every bad parameter named with a Chinese message; {@link #check()} then answers 400 naming them all.
 * A blank parameter counts as absent.
 */
public final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    /** A day written {@code 2026-12-03}, or null. */
    public LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "应为“年-月-日”格式的日期，如 2026-12-03"));
            return null;
        }
    }

    /** Says so when {@code from} is after {@code to} (both given). */
    public void period(String fromField, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError(fromField, "不能晚于结束日期（" + to + "）"));
        }
    }

    /** One of an enum's codes (case as written), or null. */
    public <E extends Enum<E>> E code(String field, String value, Class<E> codes) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip();
        for (E e : codes.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        errors.add(new FieldError(field, "只能是 " + Arrays.stream(codes.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining("、")) + " 之一"));
        return null;
    }

    /** A whole number within bounds; {@code otherwise} when absent. */
    public int integer(String field, String value, int otherwise, int min, int max) {
        if (blank(value)) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError(field, "须为" + min + "到" + max + "之间的整数"));
        return otherwise;
    }

    /** A short code (letters, digits, {@code -_}), at most 64 characters, or null. */
    public String identifier(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("[A-Za-z0-9_-]{1,64}")) {
            errors.add(new FieldError(field, "应为代码（字母、数字，至多64个字符）"));
            return null;
        }
        return v;
    }

    /**
     * Whether the answer is to be an Excel workbook: {@code format=xlsx}, or no {@code format} and an {@code Accept}
     * header preferring the xlsx media type ({@link SpreadsheetDownload#wanted}); false for JSON.
     */
    public boolean spreadsheet(String format, String accept) {
        Boolean xlsx = SpreadsheetDownload.xlsx(format, accept);
        if (xlsx == null) {
            errors.add(new FieldError(SpreadsheetDownload.FORMAT, SpreadsheetDownload.FORMAT_PROBLEM));
            return false;
        }
        return xlsx;
    }

    /** Names a problem found by the caller. */
    public void problem(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasProblems() {
        return !errors.isEmpty();
    }

    /** @throws InvalidRequestException naming every bad parameter */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
