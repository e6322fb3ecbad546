package cn.jiyuan.mediation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.calendar.HolidayArrangement.Holiday;
import cn.jiyuan.mediation.calendar.HolidayArrangement.MakeUpWorkday;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.Constraints;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.IsoDate;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WrongType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/calendar/holidays/{year}} (read by {@link Requests}): one year's 放假调休安排 as the
 * State Council's notice gives it. Dates are ISO strings, checked here so that a bad one is named by its field
 * ({@code holidays[1].end}); the rules across fields are those of every notice: a holiday lasts at most
 * {@value #MAX_HOLIDAY_DAYS} days, holidays do not overlap, a make-up working day is a Saturday or Sunday outside
 * the holidays, and everything lies between 1 December of the year before and the end of the year.
 */
public record HolidayArrangementRequest(
        @WrongType("应为文字") @Text(max = MAX_NOTICE_LENGTH, required = true, counted = false,
                missing = "请填写依据的通知，如：国务院办公厅关于2027年部分节假日安排的通知") String notice,
        @WrongType(value = "节假日无法读取", list = "节假日应为列表")
        @NotNull(message = "请至少填写一个节假日")
        @Size(min = 1, max = MAX_ENTRIES, message = "节假日应为1至" + MAX_ENTRIES + "个")
        List<@NotNull(message = "节假日不能为空") @Valid HolidayEntry> holidays,
        @WrongType(value = "调休上班日无法读取", list = "调休上班日应为列表")
        @Size(max = MAX_ENTRIES, message = "调休上班日最多" + MAX_ENTRIES + "个")
        List<@NotNull(message = "调休上班日不能为空") @Valid WorkdayEntry> makeUpWorkdays,
        @WrongType("应为文字") @Text(max = MAX_NOTE_LENGTH, multiLine = true, counted = false) String note) {

    public static final int MAX_NOTICE_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 20;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_ENTRIES = 20;
    public static final int MAX_HOLIDAY_DAYS = 15;

    public HolidayArrangementRequest {
        notice = Requests.text(notice);
        note = Requests.text(note);
    }

    /** One holiday: its name (春节) and its first and last day off. */
    public record HolidayEntry(
            @WrongType("应为文字") @Text(max = MAX_NAME_LENGTH, required = true, missing = "请填写节假日名称，如：春节")
            String name,
            @WrongType("应为文字") @IsoDate(required = true, missing = "请填写放假开始日期") String start,
            @WrongType("应为文字") @IsoDate(required = true, missing = "请填写放假结束日期") String end) {

        public HolidayEntry {
            name = Requests.text(name);
            start = Requests.text(start);
            end = Requests.text(end);
        }
    }

    /** One make-up working day and the holiday it makes up for. */
    public record WorkdayEntry(
            @WrongType("应为文字") @IsoDate(required = true, missing = "请填写调休上班日期") String date,
            @WrongType("应为文字") @Text(max = MAX_NAME_LENGTH, required = true, missing = "请填写调休所属的节假日，如：春节")
            String holiday) {

        public WorkdayEntry {
            date = Requests.text(date);
            holiday = Requests.text(holiday);
        }
    }

    /**
     * Checks the path's year and the body together.
     *
     * @param errors what was already found while reading the body (wrong types, unknown fields)
     * @throws InvalidRequestException naming every bad field
     */
    public static HolidayArrangement validate(String yearText, HolidayArrangementRequest body, FieldErrors errors) {
        FieldErrors all = new FieldErrors();
        Integer year = year(yearText, all);
        errors.list().forEach(e -> all.add(e.field(), e.message()));
        HolidayArrangementRequest b = body != null ? body : new HolidayArrangementRequest(null, null, null, null);
        Requests.validate(b, all);

        List<Holiday> holidays = new ArrayList<>();
        List<MakeUpWorkday> workdays = new ArrayList<>();
        if (year != null) {
            holidays(year, b.holidays(), all, holidays);
            workdays(year, b.makeUpWorkdays(), holidays, all, workdays);
        }
        all.sort(Requests.order(HolidayArrangementRequest.class));
        all.throwIfAny();
        return new HolidayArrangement(year, b.notice(), holidays, workdays);
    }

    private static void holidays(int year, List<HolidayEntry> entries, FieldErrors errors, List<Holiday> valid) {
        if (entries == null || errors.has("holidays")) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            HolidayEntry e = entries.get(i);
            String at = "holidays[" + i + "]";
            if (e == null || errors.has(at) || errors.has(at + ".start") || errors.has(at + ".end")) {
                continue;
            }
            LocalDate start = Constraints.isoDate(e.start());
            LocalDate end = Constraints.isoDate(e.end());
            String what = errors.has(at + ".name") ? "第" + (i + 1) + "个节假日" : "“" + e.name() + "”";
            boolean startOutside = outside(year, start, at + ".start", errors);
            boolean endOutside = outside(year, end, at + ".end", errors);
            if (startOutside || endOutside) {
                continue;
            }
            if (end.isBefore(start)) {
                errors.add(at + ".end", what + "的结束日期不能早于开始日期（" + start + "）");
                continue;
            }
            if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_HOLIDAY_DAYS) {
                errors.add(at + ".end", what + "放假不能超过" + MAX_HOLIDAY_DAYS + "天");
                continue;
            }
            // a bad name is named already; the holiday still counts for the checks of the entries after it
            Holiday holiday = new Holiday(e.name() == null ? what : e.name(), start, end);
            Holiday overlapped = valid.stream().filter(h -> !h.start().isAfter(end) && !start.isAfter(h.end()))
                    .findFirst().orElse(null);
            if (overlapped != null) {
                errors.add(at + ".start", what + "与“" + overlapped.name() + "”（" + overlapped.start() + "至"
                        + overlapped.end() + "）的放假日期重叠");
                continue;
            }
            valid.add(holiday);
        }
    }

    private static void workdays(int year, List<WorkdayEntry> entries, List<Holiday> holidays, FieldErrors errors,
                                 List<MakeUpWorkday> valid) {
        if (entries == null || errors.has("makeUpWorkdays")) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            WorkdayEntry e = entries.get(i);
            String at = "makeUpWorkdays[" + i + "].date";
            if (e == null || errors.has("makeUpWorkdays[" + i + "]") || errors.has(at)) {
                continue;
            }
            LocalDate date = Constraints.isoDate(e.date());
            if (outside(year, date, at, errors)) {
                continue;
            }
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(at, "调休上班日应为周六或周日，" + date + "是" + weekday(date));
                continue;
            }
            Holiday in = holidays.stream().filter(h -> h.contains(date)).findFirst().orElse(null);
            if (in != null) {
                errors.add(at, date + "在“" + in.name() + "”放假期间，不能同时是调休上班日");
                continue;
            }
            if (valid.stream().anyMatch(w -> w.date().equals(date))) {
                errors.add(at, date + "已填写过");
                continue;
            }
            valid.add(new MakeUpWorkday(date, e.holiday() == null ? "" : e.holiday()));
        }
    }

    /** Names a day outside what a notice of {@code year} may name. @return whether it was */
    private static boolean outside(int year, LocalDate day, String field, FieldErrors errors) {
        LocalDate earliest = HolidayArrangement.earliestDay(year);
        LocalDate latest = HolidayArrangement.latestDay(year);
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            errors.add(field, "应在" + earliest + "至" + latest + "之间");
            return true;
        }
        return false;
    }

    private static String weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
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
        if (!HolidayCalendar.isSupportedYear(year)) {
            errors.add("year", "应在" + HolidayCalendar.MIN_YEAR + "年至" + HolidayCalendar.MAX_YEAR + "年之间");
            return null;
        }
        return year;
    }
}
