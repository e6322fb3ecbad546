package cn.jiyuan.mediation.ledger;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;

/**
 * A known set of cases of 2024 — a year the demo data and the other tests leave empty — in two towns (克井镇
 * 419001100, 沁园街道 419001001), over several months and with every outcome, written straight into the project's
 * tables (case_file, case_party, case_status_history, case_follow_up, stability_ledger, screening_round/report), so
 * that the ledger and the statistics can be checked by exact values. Each case is described beside its row; the
 * figures the tests expect follow from these descriptions. Loaded once per database (the Spring context, and so the
 * database, is shared by the tests of one database annotation).
 */
public final class KnownCases2024 {

    public static final String KEJING = "419001100";
    public static final String QINYUAN = "419001001";
    /** 克井镇东许村调委会 (张丽's committee). */
    public static final String DONGXU = "VC419001100201";
    public static final String XIXU = "VC419001100202";
    public static final String KEJING_TOWN_COMMITTEE = "TC419001100";
    public static final String QINYUAN_COMMUNITY = "VC419001001001";
    public static final String QINYUAN_TOWN_COMMITTEE = "TC419001001";
    public static final String PROPERTY_COMMITTEE = "IC-PROPERTY-MANAGEMENT";

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    /** Whoever registered these cases: nobody who logs in, so that only handling decides who reads them. */
    private static final String REGISTRAR = "statistics-fixture";

    private KnownCases2024() {
    }

    /** The case number of the fixture's case {@code key} (K1 … Q3). */
    public static String number(String key) {
        return "（2024）统计测试" + key + "调字第1号";
    }

    /** The applicant's name of case {@code key}: searchable, and found in no other test's data. */
    public static String applicant(String key) {
        return "司马" + key + "申";
    }

    public static String applicantPhone(String key) {
        return "1390000" + String.format("%04d", Math.abs(key.hashCode()) % 10_000);
    }

    public static synchronized void ensureLoaded(JdbcTemplate jdbc) {
        Integer loaded = jdbc.queryForObject("select count(*) from case_file where case_number = ?", Integer.class,
                number("K1"));
        if (loaded != null && loaded > 0) {
            return;
        }
        new Loader(jdbc).load();
    }

    /** The database id of case {@code key}. */
    public static long id(JdbcTemplate jdbc, String key) {
        return Objects.requireNonNull(jdbc.queryForObject("select id from case_file where case_number = ?", Long.class,
                number(key)));
    }

    static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, CST);
    }

    private static final class Loader {

        private final JdbcTemplate jdbc;

        Loader(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void load() {
            // ---- 克井镇 ----
            // K1 邻里, 来访, 东许村: agreed 1-25 (15 days, on time), a visit noted later with the same status, closed
            long k1 = insert("K1", KEJING, DONGXU, "VILLAGE", "NEIGHBOR", "WALK_IN", "LOW", "CLOSED",
                    "AGREEMENT_WRITTEN", LocalDate.of(2024, 2, 9), at(2024, 1, 10, 10, 0), null);
            history(k1, "REGISTERED", at(2024, 1, 10, 10, 0));
            history(k1, "AGREED", at(2024, 1, 25, 15, 0));
            history(k1, "AGREED", at(2024, 2, 1, 9, 0));
            history(k1, "CLOSED", at(2024, 3, 1, 9, 0));
            visit(k1, LocalDate.of(2024, 2, 1), "FULFILLED", at(2024, 2, 1, 9, 0));
            // K2 婚姻家庭, 热线, 东许村: deadline extended to 3-20, no agreement 3-10 (50 days, on time by the extension)
            long k2 = insert("K2", KEJING, DONGXU, "VILLAGE", "MARRIAGE_FAMILY", "HOTLINE", "MEDIUM", "NO_AGREEMENT",
                    "NO_AGREEMENT", LocalDate.of(2024, 3, 20), at(2024, 1, 20, 9, 0), null);
            history(k2, "REGISTERED", at(2024, 1, 20, 9, 0));
            history(k2, "DEADLINE_EXTENDED", at(2024, 2, 15, 10, 0));
            history(k2, "NO_AGREEMENT", at(2024, 3, 10, 16, 0));
            warning(k2, "K2", KEJING, "HIGH", at(2024, 1, 20, 9, 5), at(2024, 3, 10, 16, 0));
            // K3 山林土地, 排查发现, 克井镇调委会, HIGH: handed over, open, overdue since 3-6
            long k3 = insert("K3", KEJING, KEJING_TOWN_COMMITTEE, "TOWN", "LAND", "SCREENING", "HIGH", "HANDED_OVER",
                    null, LocalDate.of(2024, 3, 6), at(2024, 2, 5, 11, 0), "stat-pi-k3");
            history(k3, "REGISTERED", at(2024, 2, 5, 11, 0));
            history(k3, "HANDED_OVER", at(2024, 2, 20, 11, 0));
            warning(k3, "K3", KEJING, "HIGH", at(2024, 2, 5, 11, 5), null);
            // K4 邻里, 来访, 西许村: agreed 4-20 after its deadline, rebound 5-1, reopened 5-2 (deadline 6-1, a session
            // noted 5-10), agreed again 5-20: concluded 5-20 (69 days), on time against the reopened deadline
            long k4 = insert("K4", KEJING, XIXU, "VILLAGE", "NEIGHBOR", "WALK_IN", "MEDIUM", "AGREED", "AGREEMENT_ORAL",
                    LocalDate.of(2024, 6, 1), at(2024, 3, 12, 8, 30), null);
            history(k4, "REGISTERED", at(2024, 3, 12, 8, 30));
            history(k4, "AGREED", at(2024, 4, 20, 10, 0));
            history(k4, "AGREED", at(2024, 5, 1, 10, 0));
            history(k4, "REOPENED", at(2024, 5, 2, 10, 0));
            history(k4, "REOPENED", at(2024, 5, 10, 10, 0));
            history(k4, "AGREED", at(2024, 5, 20, 10, 0));
            history(k4, "AGREED", at(2024, 5, 27, 10, 0));
            visit(k4, LocalDate.of(2024, 5, 1), "REBOUND", at(2024, 5, 1, 10, 0));
            visit(k4, LocalDate.of(2024, 5, 27), "FULFILLED", at(2024, 5, 27, 10, 0));
            // K5 合同, 诉调对接, 东许村, CRITICAL: agreed 4-10, rebound 4-20, reopened 4-21: open, deadline far ahead
            long k5 = insert("K5", KEJING, DONGXU, "VILLAGE", "CONTRACT", "COURT_REFERRAL", "CRITICAL", "REOPENED",
                    "AGREEMENT_WRITTEN", LocalDate.of(2099, 6, 30), at(2024, 3, 25, 14, 0), "stat-pi-k5");
            history(k5, "REGISTERED", at(2024, 3, 25, 14, 0));
            history(k5, "AGREED", at(2024, 4, 10, 14, 0));
            history(k5, "REOPENED", at(2024, 4, 21, 14, 0));
            visit(k5, LocalDate.of(2024, 4, 20), "REBOUND", at(2024, 4, 20, 14, 0));
            warning(k5, "K5", KEJING, "CRITICAL", at(2024, 4, 21, 14, 5), null);
            // K6 损害赔偿, 网上, 西许村: withdrawn 8-20, after its deadline 8-7 (43 days)
            long k6 = insert("K6", KEJING, XIXU, "VILLAGE", "DAMAGE_COMPENSATION", "ONLINE", "MEDIUM", "WITHDRAWN",
                    "WITHDRAWN", LocalDate.of(2024, 8, 7), at(2024, 7, 8, 10, 0), null);
            history(k6, "REGISTERED", at(2024, 7, 8, 10, 0));
            history(k6, "WITHDRAWN", at(2024, 8, 20, 10, 0));
            // K7 邻里, 排查发现, 克井镇调委会, HIGH: registered 12-1 00:30 Jiyuan time (still 11-30 in UTC), open,
            // overdue since 12-31; its warning entered 12-1 00:40
            long k7 = insert("K7", KEJING, KEJING_TOWN_COMMITTEE, "TOWN", "NEIGHBOR", "SCREENING", "HIGH", "REGISTERED",
                    null, LocalDate.of(2024, 12, 31), at(2024, 12, 1, 0, 30), "stat-pi-k7");
            history(k7, "REGISTERED", at(2024, 12, 1, 0, 30));
            warning(k7, "K7", KEJING, "HIGH", at(2024, 12, 1, 0, 40), null);
            // K8 其他, 主动调解, 东许村: registered 12-31 23:30 and refused ten minutes later (0 days)
            long k8 = insert("K8", KEJING, DONGXU, "VILLAGE", "OTHER", "OWN_INITIATIVE", "LOW", "REFUSED", null,
                    LocalDate.of(2025, 1, 30), at(2024, 12, 31, 23, 30), null);
            history(k8, "REGISTERED", at(2024, 12, 31, 23, 30));
            history(k8, "REFUSED", at(2024, 12, 31, 23, 40));
            // K9 and K0: outside 2024 in Jiyuan's time, inside it in UTC
            long k9 = insert("K9", KEJING, DONGXU, "VILLAGE", "NEIGHBOR", "WALK_IN", "HIGH", "REGISTERED", null,
                    LocalDate.of(2025, 1, 31), at(2025, 1, 1, 0, 30), null);
            history(k9, "REGISTERED", at(2025, 1, 1, 0, 30));
            warning(k9, "K9", KEJING, "HIGH", at(2025, 1, 1, 0, 40), null);
            long k0 = insert("K0", KEJING, DONGXU, "VILLAGE", "NEIGHBOR", "WALK_IN", "LOW", "REGISTERED", null,
                    LocalDate.of(2024, 1, 30), at(2023, 12, 31, 23, 59), null);
            history(k0, "REGISTERED", at(2023, 12, 31, 23, 59));

            // ---- 沁园街道 ----
            // Q1 邻里, 来访, 沁园社区: oral agreement 1-20 (5 days), closed
            long q1 = insert("Q1", QINYUAN, QINYUAN_COMMUNITY, "VILLAGE", "NEIGHBOR", "WALK_IN", "LOW", "CLOSED",
                    "AGREEMENT_ORAL", LocalDate.of(2024, 2, 14), at(2024, 1, 15, 9, 0), null);
            history(q1, "REGISTERED", at(2024, 1, 15, 9, 0));
            history(q1, "AGREED", at(2024, 1, 20, 9, 0));
            history(q1, "CLOSED", at(2024, 2, 20, 9, 0));
            // Q2 劳资债务, 访调对接, 沁园街道调委会, HIGH: open, overdue since 3-11
            long q2 = insert("Q2", QINYUAN, QINYUAN_TOWN_COMMITTEE, "TOWN", "LABOR_WAGE_DEBT", "PETITION_REFERRAL",
                    "HIGH", "REGISTERED", null, LocalDate.of(2024, 3, 11), at(2024, 2, 10, 9, 0), "stat-pi-q2");
            history(q2, "REGISTERED", at(2024, 2, 10, 9, 0));
            warning(q2, "Q2", QINYUAN, "HIGH", at(2024, 2, 10, 9, 5), null);
            // Q3 物业, 涉企, 物业纠纷调委会 (industry) in 沁园: no agreement 7-20, after its deadline 7-1 (49 days)
            long q3 = insert("Q3", QINYUAN, PROPERTY_COMMITTEE, "INDUSTRY", "PROPERTY_MANAGEMENT", "ENTERPRISE", "MEDIUM",
                    "NO_AGREEMENT", "NO_AGREEMENT", LocalDate.of(2024, 7, 1), at(2024, 6, 1, 9, 0), null);
            history(q3, "REGISTERED", at(2024, 6, 1, 9, 0));
            history(q3, "NO_AGREEMENT", at(2024, 7, 20, 9, 0));

            // ---- screening ----
            // a weekly round of 2024-03-04: 东许村 zero report, 西许村 reported 2 disputes, 克井镇 silent (overdue),
            // 沁园社区 reported 1, 沁园街道 silent (overdue); a monthly round of 2024-06-01: 克井镇 reported 0;
            // a round of 2025 outside the period
            long weekly = round("STATS-TEST:WEEKLY:2024-03-04", "WEEKLY", LocalDate.of(2024, 3, 4));
            report(weekly, "419001100201", "VILLAGE", KEJING, DONGXU, "ZERO", 0);
            report(weekly, "419001100202", "VILLAGE", KEJING, XIXU, "REPORTED", 2);
            report(weekly, KEJING, "TOWN", KEJING, KEJING_TOWN_COMMITTEE, "PENDING", 0);
            report(weekly, "419001001001", "VILLAGE", QINYUAN, QINYUAN_COMMUNITY, "REPORTED", 1);
            report(weekly, QINYUAN, "TOWN", QINYUAN, QINYUAN_TOWN_COMMITTEE, "PENDING", 0);
            long monthly = round("STATS-TEST:MONTHLY:2024-06-01", "MONTHLY", LocalDate.of(2024, 6, 1));
            report(monthly, KEJING, "TOWN", KEJING, KEJING_TOWN_COMMITTEE, "REPORTED", 0);
            long later = round("STATS-TEST:WEEKLY:2025-01-06", "WEEKLY", LocalDate.of(2025, 1, 6));
            report(later, "419001100201", "VILLAGE", KEJING, DONGXU, "PENDING", 0);
        }

        private long insert(String key, String town, String committee, String level, String category, String channel,
                            String risk, String status, String outcome, LocalDate deadline, OffsetDateTime created,
                            String processInstanceId) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("insert into case_file (case_number, committee_code,"
                        + " case_year, sequence_no, channel, category, summary, town_code, village_code,"
                        + " enterprise_related, cross_village, cross_town, sensitive_period, risk_level, early_warning,"
                        + " handling_level, green_channel, status, outcome, deadline, process_instance_id, created_at,"
                        + " created_by, updated_at, registered_on) values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, false, false,"
                        + " false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                int i = 0;
                ps.setString(++i, number(key));
                ps.setString(++i, committee);
                ps.setInt(++i, created.getYear());
                ps.setString(++i, channel);
                ps.setString(++i, category);
                ps.setString(++i, "统计测试案件" + key);
                ps.setString(++i, town);
                ps.setString(++i, level.equals("VILLAGE") ? committee.substring(2) : null);
                ps.setBoolean(++i, channel.equals("ENTERPRISE"));
                ps.setString(++i, risk);
                ps.setBoolean(++i, risk.equals("HIGH") || risk.equals("CRITICAL"));
                ps.setString(++i, level);
                ps.setBoolean(++i, channel.equals("ENTERPRISE"));
                ps.setString(++i, status);
                ps.setString(++i, outcome);
                ps.setObject(++i, deadline);
                ps.setString(++i, processInstanceId);
                ps.setObject(++i, created);
                ps.setString(++i, REGISTRAR);
                ps.setObject(++i, created);
                ps.setObject(++i, created.atZoneSameInstant(CaseTime.ZONE).toLocalDate());
                return ps;
            }, keys);
            long id = ((Number) keys.getKeyList().get(0).get(keyColumn(keys))).longValue();
            jdbc.update("insert into case_party (case_id, position, name, role, phone) values (?, 1, ?, 'APPLICANT', ?)",
                    id, applicant(key), applicantPhone(key));
            jdbc.update("insert into case_party (case_id, position, name, role, phone) values (?, 2, ?, 'RESPONDENT', ?)",
                    id, "欧阳" + key + "被", null);
            return id;
        }

        /** H2 names the generated column ID, PostgreSQL id; PostgreSQL returns every column. */
        private static String keyColumn(GeneratedKeyHolder keys) {
            return keys.getKeyList().get(0).keySet().stream().filter(k -> k.equalsIgnoreCase("id")).findFirst()
                    .orElseThrow();
        }

        private void history(long caseId, String status, OffsetDateTime at) {
            jdbc.update("insert into case_status_history (case_id, status, changed_at, changed_by, note)"
                    + " values (?, ?, ?, ?, ?)", caseId, status, at, REGISTRAR, "统计测试");
            // what the platform stores with every status entry (the case's conclusion)
            new CaseRepository(jdbc).refreshConclusion(caseId);
        }

        private void visit(long caseId, LocalDate due, String result, OffsetDateTime at) {
            jdbc.update("insert into case_follow_up (case_id, due_date, kind, result, visited_at, visited_by, notes)"
                    + " values (?, ?, 'DAY_7', ?, ?, ?, '统计测试回访')", caseId, due, result, at, REGISTRAR);
        }

        private void warning(long caseId, String key, String town, String level, OffsetDateTime entered,
                             OffsetDateTime closed) {
            jdbc.update("insert into stability_ledger (case_id, case_number, town_code, risk_level, reasons, warnings,"
                    + " entered_at, updated_at, status, closed_at, outcome) values (?, ?, ?, ?, '统计测试', 1, ?, ?, ?, ?, ?)",
                    caseId, number(key), town, level, entered, closed == null ? entered : closed,
                    closed == null ? "OPEN" : "CLOSED", closed, closed == null ? null : "调解不成");
        }

        private long round(String key, String kind, LocalDate day) {
            OffsetDateTime due = day.plusDays(4).atTime(18, 0).atOffset(CST);
            jdbc.update("insert into screening_round (round_key, kind, round_date, title, due_at, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)", key, kind, day, "统计测试排查" + day, due, due.minusDays(4));
            return Objects.requireNonNull(jdbc.queryForObject("select id from screening_round where round_key = ?",
                    Long.class, key));
        }

        private void report(long roundId, String unit, String unitLevel, String town, String committee, String status,
                            int disputes) {
            OffsetDateTime due = jdbc.queryForObject("select due_at from screening_round where id = ?",
                    OffsetDateTime.class, roundId);
            boolean in = !status.equals("PENDING");
            jdbc.update("insert into screening_report (round_id, unit_code, unit_name, unit_level, town_code,"
                    + " committee_code, committee_group, office_group, due_at, supervision_at, status, reported_at,"
                    + " reported_by, dispute_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    roundId, unit, "统计测试单位" + unit, unitLevel, town, committee, "committee-" + committee,
                    "justice-office-" + town, due, due.plusDays(1), status, in ? due.minusDays(1) : null,
                    in ? REGISTRAR : null, disputes);
        }
    }

    /** Every key of the fixture, for tests that walk them. */
    public static final List<String> KEYS = List.of("K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9", "Q1",
            "Q2", "Q3");
}
