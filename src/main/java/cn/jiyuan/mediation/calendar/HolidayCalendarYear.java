package cn.jiyuan.mediation.calendar;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.jiyuan.mediation.calendar.HolidayArrangement.Holiday;
import cn.jiyuan.mediation.calendar.HolidayArrangement.MakeUpWorkday;

/**
 * One year of the holiday calendar as {@code GET /api/calendar/holidays?year=YYYY} answers it: the statutory
 * holidays ({@code {name, start, end}}, ISO dates, both inclusive) and the make-up working days
 * ({@code {date, holiday}}), where they come from, and — for a year nobody has entered yet — a warning in Chinese
 * that its working days count Monday to Friday only. Every field is always present (null when it has no value).
 *
 * @param source     {@code OFFICIAL} (shipped with the platform), {@code ADMINISTRATOR} (entered through the API)
 *                   or null (no arrangement)
 * @param sourceName the source in words
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HolidayCalendarYear(int year, boolean arranged, String source, String sourceName, String notice,
                                  List<Holiday> holidays, List<MakeUpWorkday> makeUpWorkdays, String note,
                                  String updatedBy, OffsetDateTime updatedAt, String warning) {

    public static final String OFFICIAL = "OFFICIAL";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    static HolidayCalendarYear official(HolidayArrangement a) {
        return new HolidayCalendarYear(a.year(), true, OFFICIAL, "随平台提供的国务院办公厅通知", a.notice(), a.holidays(),
                a.makeUpWorkdays(), null, null, null, null);
    }

    static HolidayCalendarYear stored(HolidayCalendarRepository.StoredYear s) {
        HolidayArrangement a = s.arrangement();
        return new HolidayCalendarYear(a.year(), true, ADMINISTRATOR, "系统管理员录入", a.notice(), a.holidays(),
                a.makeUpWorkdays(), s.note(), s.updatedBy(), s.updatedAt(), null);
    }

    static HolidayCalendarYear unarranged(int year) {
        return new HolidayCalendarYear(year, false, null, null, null, List.of(), List.of(), null, null, null,
                warning(year));
    }

    /** What users are told about a year without an arrangement. */
    public static String warning(int year) {
        return year + "年的节假日安排尚未录入：录入前，" + year + "年的工作日按周一至周五计算，不含法定节假日和调休上班日。"
                + "国务院办公厅公布" + year + "年部分节假日安排后，请系统管理员及时录入。";
    }
}
