package cn.jiyuan.mediation.awareness;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The counts the detections read from case_file. */
@Repository
public class CaseCounts {

    private final JdbcTemplate jdbc;

    public CaseCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases of a town and category registered in one window: window 0 ends at now, window i is i windows before. */
    public record WindowCount(String townCode, String category, int window, long cases) {
    }

    /**
     * Cases registered in the {@code windows + 1} windows of {@code windowDays} days before {@code now}, per town,
     * category and window. The windows are bounds computed here and compared in SQL (a CASE over the registration
     * time), which reads the same on H2 and PostgreSQL and needs no date arithmetic of either; cases registered
     * after {@code now} are left out, so a scan as of a past moment sees what was known then.
     */
    public List<WindowCount> perWindow(OffsetDateTime now, int windowDays, int windows) {
        StringBuilder bucket = new StringBuilder("case");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i <= windows; i++) {
            bucket.append(" when c.created_at >= ? then ").append(i);
            args.add(now.minusDays((long) windowDays * (i + 1)));
        }
        bucket.append(" end");
        args.add(now.minusDays((long) windowDays * (windows + 1)));
        args.add(now);
        // grouped outside: PostgreSQL would not recognise the same CASE with other parameter numbers in GROUP BY
        String sql = "select town_code, category, bucket, count(*) as cases from (select c.town_code, c.category, "
                + bucket + " as bucket from case_file c where c.created_at >= ? and c.created_at < ?) t"
                + " group by town_code, category, bucket";
        return jdbc.query(sql, (rs, i) -> new WindowCount(rs.getString("town_code"), rs.getString("category"),
                rs.getInt("bucket"), rs.getLong("cases")), args.toArray());
    }

    /** Cases in mediation per handling committee. */
    public Map<String, Long> openPerCommittee() {
        Map<String, Long> open = new HashMap<>();
        jdbc.query("select committee_code, count(*) as cases from case_file where status in (" + OpenCases.STATUS_LIST
                + ") group by committee_code", rs -> {
                    open.put(rs.getString("committee_code"), rs.getLong("cases"));
                });
        return open;
    }
}
