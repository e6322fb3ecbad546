package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's 放假调休安排 as the State Council's General Office announces it every autumn for the next year
 * (国务院办公厅关于某年部分节假日安排的通知): the statutory holidays (法定节假日, each a range of days off,
 * weekends inside it included) and the make-up working days (调休上班日, always a Saturday or Sunday). A notice
 * of year Y may start in December of Y−1 (元旦 2019 began on 30 December 2018, with 29 December 2018 worked).
 *
 * @param notice the notice it comes from (title, document number, date), shown to users
 */
public record HolidayArrangement(int year, String notice, List<Holiday> holidays, List<MakeUpWorkday> makeUpWorkdays) {

    public HolidayArrangement {
        Objects.requireNonNull(notice, "notice");
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::start)).toList();
        makeUpWorkdays = makeUpWorkdays.stream().sorted(Comparator.comparing(MakeUpWorkday::date)).toList();
    }

    /** First day a notice of {@code year} may name: 1 December of the year before. */
    public static LocalDate earliestDay(int year) {
        return LocalDate.of(year - 1, 12, 1);
    }

    /** Last day a notice of {@code year} may name. */
    public static LocalDate latestDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The holiday {@code day} falls in, if any. */
    public Optional<Holiday> holidayOn(LocalDate day) {
        return holidays.stream().filter(h -> h.contains(day)).findFirst();
    }

    /** The make-up working day {@code day} is, if it is one. */
    public Optional<MakeUpWorkday> makeUpWorkdayOn(LocalDate day) {
        return makeUpWorkdays.stream().filter(w -> w.date().equals(day)).findFirst();
    }

    /** A statutory holiday: {@code name} (春节) off from {@code start} to {@code end}, both inclusive. */
    public record Holiday(String name, LocalDate start, LocalDate end) {

        public Holiday {
            Objects.requireNonNull(name, "name");
            if (start.isAfter(end)) {
                throw new IllegalArgumentException(name + ": start " + start + " is after end " + end);
            }
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /** A weekend day worked in exchange for a day of {@code holiday} (春节调休上班). */
    public record MakeUpWorkday(LocalDate date, String holiday) {

        public MakeUpWorkday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(holiday, "holiday");
        }
    }
}
