package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * The body of {@code PUT /api/calendar/sensitive-periods/{year}/{code}}: dates are ISO strings, read
 * here so that a bad one is named by its field.
 */
public record SensitivePeriodRequest(String name, String festivalDate, String start, String end, String note) {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_NOTE_LENGTH = 500;

    /** A period of year Y may start from 1 December of Y−1 and end by 31 January of Y+1. */
    public static LocalDate earliestStart(int year) {
        return LocalDate.of(year - 1, 12, 1);
    }

    public static LocalDate latestEnd(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /** A checked request, ready to be stored. */
    public record Valid(int year, String code, String name, LocalDate festivalDate, LocalDate start,
                        LocalDate end, String note) {
    }

    /**
     * Checks the path and the body together.
     *
     * @throws InvalidRequestException naming every bad field
     */
    public static Valid validate(String yearText, String code, SensitivePeriodRequest body) {
        List<FieldError> errors = new ArrayList<>();
        Integer year = year(yearText, errors);
        code(code, errors);
        SensitivePeriodRequest b = body != null ? body : new SensitivePeriodRequest(null, null, null, null, null);

        String name = b.name() == null ? null : b.name().strip();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", ApiProblems.REQUIRED));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "不能超过" + MAX_NAME_LENGTH + "个字符"));
        } else if (UserText.problem(name, false) != null) {
            errors.add(new FieldError("name", UserText.problem(name, false)));
        }
        String note = b.note() == null || b.note().isBlank() ? null : b.note().strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            errors.add(new FieldError("note", "不能超过" + MAX_NOTE_LENGTH + "个字符"));
        } else if (UserText.problem(note, true) != null) {
            errors.add(new FieldError("note", UserText.problem(note, true)));
        }
        LocalDate start = date("start", b.start(), true, errors);
        LocalDate end = date("end", b.end(), true, errors);
        LocalDate festival = date("festivalDate", b.festivalDate(), false, errors);

        if (year != null) {
            LocalDate earliest = earliestStart(year);
            LocalDate latest = latestEnd(year);
            if (start != null && (start.isBefore(earliest) || start.isAfter(latest))) {
                errors.add(new FieldError("start", "应在" + earliest + "至" + latest + "之间"));
                start = null;
            }
            if (end != null && (end.isBefore(earliest) || end.isAfter(latest))) {
                errors.add(new FieldError("end", "应在" + earliest + "至" + latest + "之间"));
                end = null;
            }
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.add(new FieldError("end", "不能早于开始日期（" + start + "）"));
            } else if (festival != null && (festival.isBefore(start) || festival.isAfter(end))) {
                errors.add(new FieldError("festivalDate", "应在开始日期和结束日期之间"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Valid(year, code, name, festival, start, end, note);
    }

    /** @return the year of a path, or null after adding an error */
    static Integer year(String text, List<FieldError> errors) {
        int year;
        try {
            year = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("year", "应为年份（四位数字）"));
            return null;
        }
        if (!SensitivePeriodCalendar.isSupportedYear(year)) {
            errors.add(new FieldError("year", "应在" + SensitivePeriodCalendar.MIN_YEAR + "年至"
                    + SensitivePeriodCalendar.MAX_YEAR + "年之间"));
            return null;
        }
        return year;
    }

    static void code(String code, List<FieldError> errors) {
        if (code == null || !SensitivePeriodCalendar.CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "应为2至32位大写字母、数字或下划线，以字母开头（如 SPRING_FESTIVAL、CUSTOM_MEETING）"));
        }
    }

    private static LocalDate date(String field, String text, boolean required, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, ApiProblems.REQUIRED));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "应为“年-月-日”格式的日期，如 2026-02-17"));
            return null;
        }
    }
}
