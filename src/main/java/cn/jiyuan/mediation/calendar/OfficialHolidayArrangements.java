package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.jiyuan.mediation.calendar.HolidayArrangement.Holiday;
import cn.jiyuan.mediation.calendar.HolidayArrangement.MakeUpWorkday;

/**
 * The 放假调休安排 the State Council's General Office has announced, shipped with the platform as the calendar's
 * defaults. Each year is copied day by day from its notice (dates as the notice writes them; where a notice says
 * "与周末连休", only the holiday itself is listed, the weekend being off anyway). An administrator may replace a
 * year, and adds the years announced later, through {@code PUT /api/calendar/holidays/{year}}.
 *
 * <p>Sources (full text published by Xinhua and in the State Council Gazette):
 * <ul>
 * <li>2023: 国务院办公厅关于2023年部分节假日安排的通知，国办发明电〔2022〕16号，2022年12月8日
 * (国务院公报2023年第1号; https://zh.wikisource.org/wiki/国务院办公厅关于2023年部分节假日安排的通知);</li>
 * <li>2024: 国务院办公厅关于2024年部分节假日安排的通知，国办发明电〔2023〕7号，2023年10月25日
 * (人民日报2023年10月26日第6版, http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm);</li>
 * <li>2025: 国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号，2024年11月12日 (first year of the
 * revised 全国年节及纪念日放假办法: 除夕 and 5月2日 became holidays);</li>
 * <li>2026: 国务院办公厅关于2026年部分节假日安排的通知，2025年11月4日
 * (新华社北京11月4日电, https://politics.gmw.cn/2025-11/04/content_38391083.htm).</li>
 * </ul>
 * {@code OfficialHolidayArrangementsTest} checks every year against the rules the API enforces (make-up working
 * days are weekend days outside the holidays, holidays do not overlap) and against the notices' day counts.
 */
public final class OfficialHolidayArrangements {

    private static final Map<Integer, HolidayArrangement> YEARS = new TreeMap<>();

    static {
        add(2023, "国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022年12月8日）",
                holiday("元旦", "2022-12-31", "2023-01-02"),
                holiday("春节", "2023-01-21", "2023-01-27"), workday("2023-01-28", "春节"), workday("2023-01-29", "春节"),
                holiday("清明节", "2023-04-05", "2023-04-05"),
                holiday("劳动节", "2023-04-29", "2023-05-03"), workday("2023-04-23", "劳动节"), workday("2023-05-06", "劳动节"),
                holiday("端午节", "2023-06-22", "2023-06-24"), workday("2023-06-25", "端午节"),
                holiday("中秋节、国庆节", "2023-09-29", "2023-10-06"), workday("2023-10-07", "中秋节、国庆节"),
                workday("2023-10-08", "中秋节、国庆节"));
        add(2024, "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）",
                holiday("元旦", "2024-01-01", "2024-01-01"),
                // 除夕 (9 February) was a working day: the notice only encourages employers to let staff rest
                holiday("春节", "2024-02-10", "2024-02-17"), workday("2024-02-04", "春节"), workday("2024-02-18", "春节"),
                holiday("清明节", "2024-04-04", "2024-04-06"), workday("2024-04-07", "清明节"),
                holiday("劳动节", "2024-05-01", "2024-05-05"), workday("2024-04-28", "劳动节"), workday("2024-05-11", "劳动节"),
                holiday("端午节", "2024-06-10", "2024-06-10"),
                holiday("中秋节", "2024-09-15", "2024-09-17"), workday("2024-09-14", "中秋节"),
                holiday("国庆节", "2024-10-01", "2024-10-07"), workday("2024-09-29", "国庆节"), workday("2024-10-12", "国庆节"));
        add(2025, "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）",
                holiday("元旦", "2025-01-01", "2025-01-01"),
                holiday("春节", "2025-01-28", "2025-02-04"), workday("2025-01-26", "春节"), workday("2025-02-08", "春节"),
                holiday("清明节", "2025-04-04", "2025-04-06"),
                holiday("劳动节", "2025-05-01", "2025-05-05"), workday("2025-04-27", "劳动节"),
                holiday("端午节", "2025-05-31", "2025-06-02"),
                holiday("国庆节、中秋节", "2025-10-01", "2025-10-08"), workday("2025-09-28", "国庆节、中秋节"),
                workday("2025-10-11", "国庆节、中秋节"));
        add(2026, "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
                holiday("元旦", "2026-01-01", "2026-01-03"), workday("2026-01-04", "元旦"),
                holiday("春节", "2026-02-15", "2026-02-23"), workday("2026-02-14", "春节"), workday("2026-02-28", "春节"),
                holiday("清明节", "2026-04-04", "2026-04-06"),
                holiday("劳动节", "2026-05-01", "2026-05-05"), workday("2026-05-09", "劳动节"),
                holiday("端午节", "2026-06-19", "2026-06-21"),
                holiday("中秋节", "2026-09-25", "2026-09-27"),
                holiday("国庆节", "2026-10-01", "2026-10-07"), workday("2026-09-20", "国庆节"), workday("2026-10-10", "国庆节"));
    }

    private OfficialHolidayArrangements() {
    }

    /** The shipped arrangement of {@code year}, if its notice was out when this version was built. */
    public static Optional<HolidayArrangement> of(int year) {
        return Optional.ofNullable(YEARS.get(year));
    }

    /** Every shipped arrangement, by year. */
    public static Map<Integer, HolidayArrangement> all() {
        return Map.copyOf(YEARS);
    }

    /** A working-day calendar of the shipped years only (no administrator's years): for use without a database. */
    public static WorkingCalendar calendar() {
        return new WorkingCalendar(YEARS);
    }

    private static void add(int year, String notice, Object... entries) {
        List<Holiday> holidays = new ArrayList<>();
        List<MakeUpWorkday> workdays = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Holiday h) {
                holidays.add(h);
            } else {
                workdays.add((MakeUpWorkday) entry);
            }
        }
        YEARS.put(year, new HolidayArrangement(year, notice, holidays, workdays));
    }

    private static Holiday holiday(String name, String start, String end) {
        return new Holiday(name, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static MakeUpWorkday workday(String date, String holiday) {
        return new MakeUpWorkday(LocalDate.parse(date), holiday);
    }
}
