package cn.jiyuan.mediation.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiyuan.mediation.calendar.HolidayArrangement.Holiday;
import cn.jiyuan.mediation.calendar.HolidayArrangement.MakeUpWorkday;

/**
 * The administrators' years of the holiday calendar (tables {@code holiday_arrangement} and
 * {@code holiday_arrangement_entry}): a year is stored and replaced as a whole, in one transaction.
 */
@Repository
public class HolidayCalendarRepository {

    private static final String HOLIDAY = "HOLIDAY";
    private static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";

    /** A stored year: the arrangement and who entered it. */
    public record StoredYear(HolidayArrangement arrangement, String note, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    public HolidayCalendarRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The stored years {@code fromYear}..{@code toYear} (inclusive), by year. */
    public Map<Integer, StoredYear> findByYears(int fromYear, int toYear) {
        Map<Integer, List<Holiday>> holidays = new LinkedHashMap<>();
        Map<Integer, List<MakeUpWorkday>> workdays = new LinkedHashMap<>();
        jdbc.query("select arrangement_year, kind, name, start_date, end_date from holiday_arrangement_entry"
                + " where arrangement_year between ? and ? order by arrangement_year, start_date, id", rs -> {
                    int year = rs.getInt("arrangement_year");
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    if (HOLIDAY.equals(rs.getString("kind"))) {
                        holidays.computeIfAbsent(year, y -> new ArrayList<>()).add(new Holiday(rs.getString("name"),
                                start, rs.getObject("end_date", LocalDate.class)));
                    } else {
                        workdays.computeIfAbsent(year, y -> new ArrayList<>()).add(new MakeUpWorkday(start,
                                rs.getString("name")));
                    }
                }, fromYear, toYear);
        Map<Integer, StoredYear> years = new LinkedHashMap<>();
        jdbc.query("select * from holiday_arrangement where arrangement_year between ? and ? order by arrangement_year",
                rs -> {
                    int year = rs.getInt("arrangement_year");
                    years.put(year, new StoredYear(new HolidayArrangement(year, rs.getString("notice"),
                            holidays.getOrDefault(year, List.of()), workdays.getOrDefault(year, List.of())),
                            rs.getString("note"), rs.getString("updated_by"),
                            rs.getObject("updated_at", OffsetDateTime.class)));
                }, fromYear, toYear);
        return years;
    }

    public Optional<StoredYear> find(int year) {
        return Optional.ofNullable(findByYears(year, year).get(year));
    }

    /**
     * Stores the year, replacing what was stored for it. Concurrent saves of one year are serialized by the
     * year's row (the last one wins whole, never a mix of two); a lost race to create the row rolls back only its
     * savepoint, so the transaction goes on with the row the other created, on H2 and PostgreSQL alike.
     */
    public void save(HolidayArrangement a, String note, String updatedBy, OffsetDateTime updatedAt) {
        transaction.executeWithoutResult(status -> {
            if (updateHeader(a, note, updatedBy, updatedAt) == 0) {
                try {
                    savepoint.executeWithoutResult(s -> jdbc.update("insert into holiday_arrangement (arrangement_year,"
                            + " notice, note, updated_by, updated_at) values (?, ?, ?, ?, ?)", a.year(), a.notice(), note,
                            updatedBy, updatedAt));
                } catch (DataIntegrityViolationException createdConcurrently) {
                    updateHeader(a, note, updatedBy, updatedAt);
                }
            }
            jdbc.update("delete from holiday_arrangement_entry where arrangement_year = ?", a.year());
            List<Object[]> rows = new ArrayList<>();
            a.holidays().forEach(h -> rows.add(new Object[] {a.year(), HOLIDAY, h.name(), h.start(), h.end()}));
            a.makeUpWorkdays().forEach(w -> rows.add(new Object[] {a.year(), MAKE_UP_WORKDAY, w.holiday(), w.date(),
                w.date()}));
            jdbc.batchUpdate("insert into holiday_arrangement_entry (arrangement_year, kind, name, start_date, end_date)"
                    + " values (?, ?, ?, ?, ?)", rows);
        });
    }

    private int updateHeader(HolidayArrangement a, String note, String updatedBy, OffsetDateTime updatedAt) {
        return jdbc.update("update holiday_arrangement set notice = ?, note = ?, updated_by = ?, updated_at = ?"
                + " where arrangement_year = ?", a.notice(), note, updatedBy, updatedAt, a.year());
    }

    /** @return true when a stored year was removed (with its entries) */
    public boolean delete(int year) {
        return jdbc.update("delete from holiday_arrangement where arrangement_year = ?", year) > 0;
    }
}
