package cn.jiyuan.mediation.provincial;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;

/**
 * A known set of cases concluded around May 2022 — a year no other test or the demo data uses — in 克井镇 and 沁园街道,
 * written straight into the project's tables (case_file, case_party, case_status_history, case_session,
 * case_agreement), so that the provincial export can be checked by exact values. Each case is described beside its
 * row; what the tests expect follows from these descriptions. Loaded once per database.
 *
 * <p>Concluded in May 2022 (in the order of conclusion): P8, P1, P5, P6, P2, P3 — of 克井镇 all but P6. In June: P4,
 * P9. In April: P0. Open: P7, PA.
 */
final class KnownCases2022 {

    static final String KEJING = "419001100";
    static final String QINYUAN = "419001001";
    private static final String DONGXU = "VC419001100201";
    private static final String XIXU = "VC419001100202";
    private static final String KEJING_TOWN_COMMITTEE = "TC419001100";
    private static final String QINYUAN_COMMUNITY = "VC419001001001";
    private static final String PROPERTY_COMMITTEE = "IC-PROPERTY-MANAGEMENT";

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final String REGISTRAR = "provincial-fixture";

    static final List<String> MAY = List.of("P8", "P1", "P5", "P6", "P2", "P3");
    static final List<String> KEYS = List.of("P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "PA");

    private KnownCases2022() {
    }

    static String number(String key) {
        return "（2022）省报测试" + key + "调字第1号";
    }

    /** The applicant's name, phone and ID number: none may reach an export. */
    static String applicant(String key) {
        return "欧阳" + key + "省";
    }

    static String phone(String key) {
        return "1370000" + String.format("%04d", Math.abs(key.hashCode()) % 10_000);
    }

    static final String ID_NUMBER = "41900119800101001X";

    static synchronized void ensureLoaded(JdbcTemplate jdbc) {
        Integer loaded = jdbc.queryForObject("select count(*) from case_file where case_number = ?", Integer.class,
                number("P1"));
        if (loaded == null || loaded == 0) {
            new Loader(jdbc).load();
        }
    }

    static OffsetDateTime at(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(2022, month, day, hour, minute, 0, 0, CST);
    }

    private static final class Loader {

        private final JdbcTemplate jdbc;

        Loader(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void load() {
            // P0 邻里, 来访, 东许村: written agreement 4-30 23:30 (still April in Jiyuan) — the April export
            long p0 = insert("P0", KEJING, DONGXU, "VILLAGE", "NEIGHBOR", "WALK_IN", 2, null, "AGREED",
                    "AGREEMENT_WRITTEN", at(4, 20, 9, 0));
            session(p0, "FACE_TO_FACE", at(4, 30, 20, 0));
            agreement(p0, "WRITTEN", false, at(4, 30, 23, 30));
            history(p0, "AGREED", at(4, 30, 23, 30));
            // P1 邻里, 来访, 东许村: face to face 5-8, separately 5-10, written agreement 5-10, judicial confirmation
            // applied — complete; mode 背靠背 (the last session), 2 sessions
            long p1 = insert("P1", KEJING, DONGXU, "VILLAGE", "NEIGHBOR", "WALK_IN", 2, null, "AGREED",
                    "AGREEMENT_WRITTEN", at(5, 6, 9, 0));
            session(p1, "FACE_TO_FACE", at(5, 8, 10, 0));
            session(p1, "SEPARATE", at(5, 10, 10, 0));
            agreement(p1, "WRITTEN", true, at(5, 10, 16, 0));
            history(p1, "AGREED", at(5, 10, 16, 0));
            // P2 合同 12,000.50 元, 诉调对接, 西许村, 3 people: registered 4-25, written agreement 5-3, rebound and
            // reopened 5-8, oral agreement 5-20 by video — concluded 5-20 (25 days), one row despite two sessions
            // and two agreements; no confirmation of the last agreement
            long p2 = insert("P2", KEJING, XIXU, "VILLAGE", "CONTRACT", "COURT_REFERRAL", 3, new BigDecimal("12000.50"),
                    "AGREED", "AGREEMENT_ORAL", at(4, 25, 9, 0));
            session(p2, "FACE_TO_FACE", at(4, 28, 9, 0));
            agreement(p2, "WRITTEN", true, at(5, 3, 9, 0));
            history(p2, "AGREED", at(5, 3, 9, 0));
            history(p2, "REOPENED", at(5, 8, 9, 0));
            session(p2, "ONLINE_VIDEO", at(5, 15, 9, 0));
            agreement(p2, "ORAL", false, at(5, 20, 9, 0));
            history(p2, "AGREED", at(5, 20, 9, 0));
            // P3 损害赔偿, 热线, 东许村: by phone 5-20, no agreement 5-31 23:50 (May in Jiyuan); no amount — 待补录
            long p3 = insert("P3", KEJING, DONGXU, "VILLAGE", "DAMAGE_COMPENSATION", "HOTLINE", 2, null,
                    "NO_AGREEMENT", "NO_AGREEMENT", at(5, 12, 9, 0));
            session(p3, "PHONE", at(5, 20, 15, 0));
            history(p3, "NO_AGREEMENT", at(5, 31, 23, 50));
            // P4 劳资债务 30,000 元, 排查发现, 克井镇调委会: agreed 6-1 00:10 (still 5-31 in UTC) with no session, no
            // agreement form and no number of people — the June export, 待补录 three times
            long p4 = insert("P4", KEJING, KEJING_TOWN_COMMITTEE, "TOWN", "LABOR_WAGE_DEBT", "SCREENING", null,
                    new BigDecimal("30000"), "AGREED", null, at(5, 20, 9, 0));
            history(p4, "AGREED", at(6, 1, 0, 10));
            // P5 其他, 主动调解, 东许村: refused 20 minutes after registration (0 days) — complete without a session
            long p5 = insert("P5", KEJING, DONGXU, "VILLAGE", "OTHER", "OWN_INITIATIVE", 2, null, "REFUSED", null,
                    at(5, 15, 10, 0));
            history(p5, "REFUSED", at(5, 15, 10, 20));
            // P6 婚姻家庭, 访调对接, 沁园社区, 4 people: face to face 5-10, withdrawn 5-18 — 沁园街道's only case
            long p6 = insert("P6", QINYUAN, QINYUAN_COMMUNITY, "VILLAGE", "MARRIAGE_FAMILY", "PETITION_REFERRAL", 4, null,
                    "WITHDRAWN", "WITHDRAWN", at(5, 3, 9, 0));
            session(p6, "FACE_TO_FACE", at(5, 10, 9, 0));
            history(p6, "WITHDRAWN", at(5, 18, 9, 0));
            // P7 物业, 涉企, 物业纠纷调委会 in 沁园: open
            insert("P7", QINYUAN, PROPERTY_COMMITTEE, "INDUSTRY", "PROPERTY_MANAGEMENT", "ENTERPRISE", 10,
                    new BigDecimal("5000"), "REGISTERED", null, at(5, 2, 9, 0));
            // P8 道路交通 5,000 元, 警调对接, 西许村: registered in April, agreed 5-2 — the May export
            long p8 = insert("P8", KEJING, XIXU, "VILLAGE", "ROAD_TRAFFIC", "POLICE_REFERRAL", 2, new BigDecimal("5000"),
                    "AGREED", "AGREEMENT_WRITTEN", at(4, 28, 9, 0));
            session(p8, "FACE_TO_FACE", at(5, 1, 9, 0));
            agreement(p8, "WRITTEN", false, at(5, 2, 9, 0));
            history(p8, "AGREED", at(5, 2, 9, 0));
            // P9 上学就业 (其他纠纷 in the report), 掌上/微信, 东许村, 1 person: video 6-5, no agreement 6-10
            long p9 = insert("P9", KEJING, DONGXU, "VILLAGE", "SCHOOLING_EMPLOYMENT", "ONLINE", 1, null, "NO_AGREEMENT",
                    "NO_AGREEMENT", at(5, 25, 9, 0));
            session(p9, "ONLINE_VIDEO", at(6, 5, 9, 0));
            history(p9, "NO_AGREEMENT", at(6, 10, 9, 0));
            // PA 邻里, 热线, 东许村: agreed 5-5, rebound, reopened 5-12 and open — in no month
            long pa = insert("PA", KEJING, DONGXU, "VILLAGE", "NEIGHBOR", "HOTLINE", 2, null, "REOPENED",
                    "AGREEMENT_WRITTEN", at(5, 1, 9, 0));
            session(pa, "FACE_TO_FACE", at(5, 5, 9, 0));
            agreement(pa, "WRITTEN", false, at(5, 5, 9, 0));
            history(pa, "AGREED", at(5, 5, 9, 0));
            history(pa, "REOPENED", at(5, 12, 9, 0));
        }

        private long insert(String key, String town, String committee, String level, String category, String channel,
                            Integer people, BigDecimal amount, String status, String outcome, OffsetDateTime created) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("insert into case_file (case_number, committee_code,"
                        + " case_year, sequence_no, channel, category, summary, town_code, village_code, people_involved,"
                        + " amount_involved, enterprise_related, cross_village, cross_town, sensitive_period, risk_level,"
                        + " early_warning, handling_level, green_channel, status, outcome, deadline, created_at,"
                        + " created_by, updated_at, registered_on) values (?, ?, 2022, 1, ?, ?, ?, ?, ?, ?, ?, ?, false,"
                        + " false, false, 'LOW', false, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                int i = 0;
                ps.setString(++i, number(key));
                ps.setString(++i, committee);
                ps.setString(++i, channel);
                ps.setString(++i, category);
                // a summary naming the applicant, as summaries do: it must not reach the export
                ps.setString(++i, "省报测试案件" + key + "，申请人" + applicant(key) + "，电话" + phone(key));
                ps.setString(++i, town);
                ps.setString(++i, level.equals("VILLAGE") ? committee.substring(2) : null);
                if (people == null) {
                    ps.setNull(++i, Types.INTEGER);
                } else {
                    ps.setInt(++i, people);
                }
                ps.setBigDecimal(++i, amount);
                ps.setBoolean(++i, channel.equals("ENTERPRISE"));
                ps.setString(++i, level);
                ps.setBoolean(++i, channel.equals("ENTERPRISE"));
                ps.setString(++i, status);
                ps.setString(++i, outcome);
                ps.setObject(++i, created.toLocalDate().plusDays(30));
                ps.setObject(++i, created);
                ps.setString(++i, REGISTRAR);
                ps.setObject(++i, created);
                ps.setObject(++i, created.atZoneSameInstant(CaseTime.ZONE).toLocalDate());
                return ps;
            }, keys);
            long id = ((Number) keys.getKeyList().get(0).entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst().orElseThrow().getValue()).longValue();
            jdbc.update("insert into case_party (case_id, position, name, role, phone, id_number)"
                    + " values (?, 1, ?, 'APPLICANT', ?, ?)", id, applicant(key), phone(key), ID_NUMBER);
            jdbc.update("insert into case_party (case_id, position, name, role) values (?, 2, ?, 'RESPONDENT')",
                    id, "司徒" + key + "被");
            history(id, "REGISTERED", created);
            return id;
        }

        private void history(long caseId, String status, OffsetDateTime at) {
            jdbc.update("insert into case_status_history (case_id, status, changed_at, changed_by, note)"
                    + " values (?, ?, ?, ?, '省报测试')", caseId, status, at, REGISTRAR);
            // what the platform stores with every status entry (the case's conclusion)
            new CaseRepository(jdbc).refreshConclusion(caseId);
        }

        private void session(long caseId, String mode, OffsetDateTime at) {
            jdbc.update("insert into case_session (case_id, mode, held_at, place, participants, notes, recorded_by,"
                    + " recorded_at) values (?, ?, ?, '调解室', ?, '省报测试', ?, ?)", caseId, mode, at,
                    "调解员、" + "当事人", REGISTRAR, at);
        }

        private void agreement(long caseId, String type, boolean confirmation, OffsetDateTime at) {
            LocalDate day = at.atZoneSameInstant(CaseTime.ZONE).toLocalDate();
            jdbc.update("insert into case_agreement (case_id, type, terms, effective_date, judicial_confirmation_applied,"
                    + " recorded_by, recorded_at) values (?, ?, '省报测试协议', ?, ?, ?, ?)", caseId, type, day,
                    confirmation, REGISTRAR, at);
        }
    }
}
