package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;

import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.Constraints;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.IsoDate;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WrongType;

/**
 * The body of {@code PUT /api/calendar/sensitive-periods/{year}/{code}} (read by {@link Requests}): dates are
 * ISO strings, checked here so that a bad one is named by its field; texts are stripped, blank is absent.
 */
public record SensitivePeriodRequest(
        @WrongType("应为文字") @Text(max = MAX_NAME_LENGTH, required = true, counted = false) String name,
        @WrongType("应为文字") @IsoDate String festivalDate,
        @WrongType("应为文字") @IsoDate(required = true) String start,
        @WrongType("应为文字") @IsoDate(required = true) String end,
        @WrongType("应为文字") @Text(max = MAX_NOTE_LENGTH, multiLine = true, counted = false) String note) {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_NOTE_LENGTH = 500;

    public SensitivePeriodRequest {
        name = Requests.text(name);
        festivalDate = Requests.text(festivalDate);
        start = Requests.text(start);
        end = Requests.text(end);
        note = Requests.text(note);
    }

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
        return validate(yearText, code, body, new FieldErrors());
    }

    /** @param errors what was already found while reading the body (wrong types, unknown fields) */
    public static Valid validate(String yearText, String code, SensitivePeriodRequest body, FieldErrors errors) {
        FieldErrors all = new FieldErrors();
        Integer year = year(yearText, all);
        code(code, all);
        errors.list().forEach(e -> all.add(e.field(), e.message()));
        SensitivePeriodRequest b = body != null ? body : new SensitivePeriodRequest(null, null, null, null, null);
        Requests.validate(b, all);

        LocalDate start = all.has("start") ? null : Constraints.isoDate(b.start());
        LocalDate end = all.has("end") ? null : Constraints.isoDate(b.end());
        LocalDate festival = all.has("festivalDate") ? null : Constraints.isoDate(b.festivalDate());
        if (year != null) {
            LocalDate earliest = earliestStart(year);
            LocalDate latest = latestEnd(year);
            if (start != null && (start.isBefore(earliest) || start.isAfter(latest))) {
                all.add("start", "应在" + earliest + "至" + latest + "之间");
                start = null;
            }
            if (end != null && (end.isBefore(earliest) || end.isAfter(latest))) {
                all.add("end", "应在" + earliest + "至" + latest + "之间");
                end = null;
            }
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                all.add("end", "不能早于开始日期（" + start + "）");
            } else if (festival != null && (festival.isBefore(start) || festival.isAfter(end))) {
                all.add("festivalDate", "应在开始日期和结束日期之间");
            }
        }
        all.throwIfAny();
        return new Valid(year, code, b.name(), festival, start, end, b.note());
    }

    /** The year of a path. @throws InvalidRequestException naming {@code year} */
    static int year(String text) {
        FieldErrors errors = new FieldErrors();
        Integer year = year(text, errors);
        errors.throwIfAny();
        return year;
    }

    /** @return the year of a path, or null after naming it */
    private static Integer year(String text, FieldErrors errors) {
        int year;
        try {
            year = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add("year", "应为年份（四位数字）");
            return null;
        }
        if (!SensitivePeriodCalendar.isSupportedYear(year)) {
            errors.add("year", "应在" + SensitivePeriodCalendar.MIN_YEAR + "年至"
                    + SensitivePeriodCalendar.MAX_YEAR + "年之间");
            return null;
        }
        return year;
    }

    /** The year and the code of a path. @throws InvalidRequestException naming them */
    static int yearAndCode(String yearText, String code) {
        FieldErrors errors = new FieldErrors();
        Integer year = year(yearText, errors);
        code(code, errors);
        errors.throwIfAny();
        return year;
    }

    private static void code(String code, FieldErrors errors) {
        if (code == null || !SensitivePeriodCalendar.CODE.matcher(code).matches()) {
            errors.add("code", "应为2至32位大写字母、数字或下划线，以字母开头（如 SPRING_FESTIVAL、CUSTOM_MEETING）");
        }
    }
}
