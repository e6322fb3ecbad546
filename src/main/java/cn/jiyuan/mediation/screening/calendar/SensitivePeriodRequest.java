package cn.jiyuan.mediation.screening.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
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
            errors.add(new FieldError("name", "required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "at most " + MAX_NAME_LENGTH + " characters"));
        }
        String note = b.note() == null || b.note().isBlank() ? null : b.note().strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            errors.add(new FieldError("note", "at most " + MAX_NOTE_LENGTH + " characters"));
        }
        LocalDate start = date("start", b.start(), true, errors);
        LocalDate end = date("end", b.end(), true, errors);
        LocalDate festival = date("festivalDate", b.festivalDate(), false, errors);

        if (year != null) {
            LocalDate earliest = earliestStart(year);
            LocalDate latest = latestEnd(year);
            if (start != null && (start.isBefore(earliest) || start.isAfter(latest))) {
                errors.add(new FieldError("start", "must lie between " + earliest + " and " + latest));
                start = null;
            }
            if (end != null && (end.isBefore(earliest) || end.isAfter(latest))) {
                errors.add(new FieldError("end", "must lie between " + earliest + " and " + latest));
                end = null;
            }
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.add(new FieldError("end", "must not be before start (" + start + ")"));
            } else if (festival != null && (festival.isBefore(start) || festival.isAfter(end))) {
                errors.add(new FieldError("festivalDate", "must lie between start and end"));
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
            errors.add(new FieldError("year", "'" + text + "' is not a year"));
            return null;
        }
        if (!SensitivePeriodCalendar.isSupportedYear(year)) {
            errors.add(new FieldError("year", "must be between " + SensitivePeriodCalendar.MIN_YEAR + " and "
                    + SensitivePeriodCalendar.MAX_YEAR));
            return null;
        }
        return year;
    }

    static void code(String code, List<FieldError> errors) {
        if (code == null || !SensitivePeriodCalendar.CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must match " + SensitivePeriodCalendar.CODE.pattern()
                    + " (e.g. SPRING_FESTIVAL or CUSTOM_MEETING)"));
        }
    }

    private static LocalDate date(String field, String text, boolean required, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + text + "' is not an ISO date such as 2026-02-17"));
            return null;
        }
    }
}
