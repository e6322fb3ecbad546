package cn.jiyuan.mediation.statistics;

import static cn.jiyuan.mediation.ledger.KnownCases2024.KEJING;
import static cn.jiyuan.mediation.ledger.KnownCases2024.QINYUAN;
import static cn.jiyuan.mediation.ledger.KnownCases2024.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.calendar.SensitivePeriodCalendar;
import cn.jiyuan.mediation.ledger.KnownCases2024;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.screening.coverage.RoundCoverage;
import cn.jiyuan.mediation.screening.coverage.ScreeningCoverage;
import cn.jiyuan.mediation.screening.coverage.ScreeningViewer;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The statistics ({@code GET /api/statistics/overview}) over the known cases of 2024 ({@link KnownCases2024}): every
 * figure by its exact value for a justice office, a village mediator and the city; every figure against the ledger
 * for the same filters; a justice office never counting another town; the service called in-process answering what
 * the API answers; parameters refused in Chinese naming the field.
 */
@DemoPlatformTest
abstract class StatisticsTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String YEAR_2024 = "from=2024-01-01&to=2024-12-31";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatisticsService statistics;
    @Autowired
    IdentityService identity;
    @Autowired
    ObjectMapper springJson;
    @Autowired
    ScreeningCoverage coverage;
    @Autowired
    SensitivePeriodCalendar calendar;

    @BeforeEach
    void knownCases() {
        KnownCases2024.ensureLoaded(jdbc);
    }

    @Test
    void aJusticeOfficeGetsEveryFigureOfItsTown() {
        JsonNode o = overview("chensiyuan", YEAR_2024);
        assertThat(o.get("from").asText()).isEqualTo("2024-01-01");
        assertThat(o.get("to").asText()).isEqualTo("2024-12-31");
        assertThat(o.get("townCode").isNull()).isTrue();
        assertThat(o.get("townName").isNull()).isTrue();
        assertThat(o.get("asOf").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        // K1…K8 (K0 and K9 lie outside 2024 in Jiyuan's time)
        assertThat(o.get("registered").asLong()).isEqualTo(8);
        // K1 agreed, K2 no agreement, K4 agreed again after its rebound, K6 withdrawn, K8 refused
        assertThat(o.get("concluded").asLong()).isEqualTo(5);
        assertThat(o.get("agreements").asLong()).isEqualTo(2);
        assertThat(o.get("successRate").asDouble()).isEqualTo(0.4);
        // K6 was withdrawn after its deadline; K2 met its extended one, K4 its reopened one
        assertThat(o.get("concludedOnTime").asLong()).isEqualTo(4);
        assertThat(o.get("onTimeRate").asDouble()).isEqualTo(0.8);
        // (15 + 50 + 69 + 43 + 0) / 5
        assertThat(o.get("averageDaysToConclude").asDouble()).isEqualTo(35.4);
        // K3, K5 (reopened), K7; K3 and K7 past their deadlines
        assertThat(o.get("open").asLong()).isEqualTo(3);
        assertThat(o.get("overdue").asLong()).isEqualTo(2);

        assertThat(nonZero(o, "byCategory")).containsExactlyInAnyOrderEntriesOf(Map.of("NEIGHBOR", 3L,
                "MARRIAGE_FAMILY", 1L, "LAND", 1L, "CONTRACT", 1L, "DAMAGE_COMPENSATION", 1L, "OTHER", 1L));
        assertThat(o.get("byCategory")).hasSize(19);
        assertThat(label(o, "byCategory", "NEIGHBOR")).isEqualTo("邻里");
        assertThat(counts(o, "byTown")).containsExactlyEntriesOf(Map.of(KEJING, 8L));
        assertThat(label(o, "byTown", KEJING)).isEqualTo("克井镇");
        assertThat(counts(o, "byHandlingLevel")).containsExactlyEntriesOf(ordered("VILLAGE", 6L, "TOWN", 2L,
                "INDUSTRY", 0L, "CITY_CENTER", 0L, "STATIONED", 0L));
        assertThat(label(o, "byHandlingLevel", "VILLAGE")).isEqualTo("村(社区)调委会");
        assertThat(nonZero(o, "byChannel")).containsExactlyInAnyOrderEntriesOf(Map.of("WALK_IN", 2L, "HOTLINE", 1L,
                "SCREENING", 2L, "COURT_REFERRAL", 1L, "ONLINE", 1L, "OWN_INITIATIVE", 1L));
        assertThat(o.get("byChannel")).hasSize(9);
        assertThat(label(o, "byChannel", "HOTLINE")).isEqualTo("12348热线");
        assertThat(counts(o, "byStatus")).containsExactlyEntriesOf(ordered("REGISTERED", 1L, "REFUSED", 1L, "AGREED",
                1L, "NO_AGREEMENT", 1L, "WITHDRAWN", 1L, "HANDED_OVER", 1L, "DEADLINE_EXTENDED", 0L, "REOPENED", 1L,
                "REFERRED_OUT", 0L, "REFERRED", 0L, "REFERRAL_RETURNED", 0L, "CLOSED", 1L));
        assertThat(label(o, "byStatus", "REOPENED")).isEqualTo("反弹重新调解");
        assertThat(counts(o, "byOutcome")).containsExactlyEntriesOf(ordered("AGREED", 2L, "NO_AGREEMENT", 1L,
                "WITHDRAWN", 1L, "REFUSED", 1L, "REFERRED", 0L));
        // the committees' types: six village committees' cases, two town committee's; no room, no referral in 2024
        assertThat(nonZero(o, "byCommitteeType")).containsExactlyInAnyOrderEntriesOf(Map.of("VILLAGE", 6L, "TOWN", 2L));
        assertThat(o.get("byCommitteeType").findValuesAsText("code")).contains("POLICE_ROOM", "COURT_ROOM",
                "PETITION_ROOM");
        List<String> kinds = new ArrayList<>();
        o.get("byReferral").forEach(k -> kinds.add(k.get("code").asText()));
        assertThat(kinds).containsExactly("COURT", "POLICE", "PETITION", "ADMINISTRATIVE");
        assertThat(o.get("byReferral").get(0).get("byOutcome").findValuesAsText("code")).containsExactly("ACCEPTED",
                "HANDLED", "RETURNED", "DECLINED", "PENDING");
        assertThat(o.get("byReferral").findValuesAsText("count")).containsOnly("0");
        assertThat(label(o, "byOutcome", "AGREED")).isEqualTo("调解成功");
        assertThat(counts(o, "openByRiskLevel")).containsExactlyEntriesOf(ordered("LOW", 0L, "MEDIUM", 0L, "HIGH", 2L,
                "CRITICAL", 1L));
        assertThat(label(o, "openByRiskLevel", "CRITICAL")).isEqualTo("重大风险");

        // every month of the period; K7 (00:30 on 1 December in Jiyuan) counts in December
        JsonNode months = o.get("byMonth");
        assertThat(months).hasSize(12);
        assertThat(months.findValuesAsText("month")).startsWith("2024-01", "2024-02").endsWith("2024-12");
        assertThat(months.get(0).get("label").asText()).isEqualTo("2024年1月");
        long[] perMonth = {2, 1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 2};
        for (int m = 0; m < 12; m++) {
            assertThat(months.get(m).get("count").asLong()).as("month " + (m + 1)).isEqualTo(perMonth[m]);
            assertThat(months.get(m).get("byCategory")).hasSize(19);
        }
        assertThat(nonZeroIn(months.get(0).get("byCategory"))).containsExactlyInAnyOrderEntriesOf(Map.of("NEIGHBOR", 1L,
                "MARRIAGE_FAMILY", 1L));
        assertThat(nonZeroIn(months.get(2).get("byCategory"))).containsExactlyInAnyOrderEntriesOf(Map.of("NEIGHBOR", 1L,
                "CONTRACT", 1L));
        assertThat(nonZeroIn(months.get(11).get("byCategory"))).containsExactlyInAnyOrderEntriesOf(Map.of("NEIGHBOR", 1L,
                "OTHER", 1L));

        // critical first, then by deadline
        JsonNode highRisk = o.get("openHighRiskCases");
        assertThat(highRisk.findValuesAsText("caseNumber")).containsExactly(number("K5"), number("K3"), number("K7"));
        JsonNode k3 = highRisk.get(1);
        assertThat(k3.get("caseId").asLong()).isEqualTo(KnownCases2024.id(jdbc, "K3"));
        assertThat(k3.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(k3.get("riskLevelLabel").asText()).isEqualTo("高风险");
        assertThat(k3.get("townName").asText()).isEqualTo("克井镇");
        assertThat(k3.get("committeeCode").asText()).isEqualTo("TC419001100");
        assertThat(k3.get("committeeName").asText()).isEqualTo("克井镇人民调解委员会");
        assertThat(k3.get("deadline").asText()).isEqualTo("2024-03-06");
        assertThat(k3.get("overdue").asBoolean()).isTrue();
        assertThat(k3.get("processInstanceId").asText()).isEqualTo("stat-pi-k3");
        assertThat(highRisk.get(0).get("overdue").asBoolean()).isFalse();

        // K4 and K5 rebounded once each
        assertThat(o.get("rebounds").get("visits").asLong()).isEqualTo(2);
        assertThat(o.get("rebounds").get("cases").asLong()).isEqualTo(2);
        // K2 (closed), K3, K5, K7 (entered 00:40 on 1 December); not K9's of 2025
        JsonNode warnings = o.get("earlyWarnings");
        assertThat(warnings.get("total").asLong()).isEqualTo(4);
        assertThat(counts(warnings, "byRiskLevel")).containsExactlyEntriesOf(ordered("LOW", 0L, "MEDIUM", 0L,
                "HIGH", 3L, "CRITICAL", 1L));
        assertThat(counts(warnings, "byStatus")).containsExactlyEntriesOf(ordered("OPEN", 3L, "CLOSED", 1L));
        assertThat(label(warnings, "byStatus", "OPEN")).isEqualTo("跟踪处置中");
        // the weekly round (东许村 zero report, 西许村 2 disputes, 克井镇 silent) and the monthly one (克井镇 in)
        JsonNode screening = o.get("screening");
        assertThat(screening.get("rounds").asLong()).isEqualTo(2);
        assertThat(screening.get("expected").asLong()).isEqualTo(4);
        assertThat(screening.get("reported").asLong()).isEqualTo(3);
        assertThat(screening.get("zeroReports").asLong()).isEqualTo(1);
        assertThat(screening.get("overdue").asLong()).isEqualTo(1);
        assertThat(screening.get("coverageRate").asDouble()).isEqualTo(0.75);
        assertThat(screening.get("disputesFound").asLong()).isEqualTo(2);
        assertThat(o.get("currentSensitivePeriods").isArray()).isTrue();
    }

    @Test
    void aVillageMediatorCountsHerCommitteesCasesOnly() {
        // 东许村: K1, K2, K5, K8
        JsonNode o = overview("zhangli", YEAR_2024);
        assertThat(o.get("registered").asLong()).isEqualTo(4);
        assertThat(o.get("concluded").asLong()).isEqualTo(3);
        assertThat(o.get("agreements").asLong()).isEqualTo(1);
        assertThat(o.get("successRate").asDouble()).isEqualTo(0.3333);
        assertThat(o.get("concludedOnTime").asLong()).isEqualTo(3);
        assertThat(o.get("onTimeRate").asDouble()).isEqualTo(1.0);
        // (15 + 50 + 0) / 3
        assertThat(o.get("averageDaysToConclude").asDouble()).isEqualTo(21.7);
        assertThat(o.get("open").asLong()).isEqualTo(1);
        assertThat(o.get("overdue").asLong()).isZero();
        assertThat(counts(o, "byTown")).containsExactlyEntriesOf(Map.of(KEJING, 4L));
        assertThat(o.get("openHighRiskCases").findValuesAsText("caseNumber")).containsExactly(number("K5"));
        assertThat(o.get("rebounds").get("visits").asLong()).isEqualTo(1);
        assertThat(o.get("earlyWarnings").get("total").asLong()).isEqualTo(2);
        JsonNode screening = o.get("screening");
        assertThat(List.of(screening.get("rounds").asLong(), screening.get("expected").asLong(),
                screening.get("reported").asLong(), screening.get("zeroReports").asLong(),
                screening.get("overdue").asLong(), screening.get("disputesFound").asLong()))
                .containsExactly(1L, 1L, 1L, 1L, 0L, 0L);
        assertThat(screening.get("coverageRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theCitySeesBothTownsAndTheTownFilterNarrowsItsFigures() {
        JsonNode city = overview("zhaojiceng", YEAR_2024);
        assertThat(city.get("registered").asLong()).isEqualTo(11);
        assertThat(city.get("concluded").asLong()).isEqualTo(7);
        assertThat(city.get("agreements").asLong()).isEqualTo(3);
        assertThat(city.get("successRate").asDouble()).isEqualTo(0.4286);
        assertThat(city.get("concludedOnTime").asLong()).isEqualTo(5);
        assertThat(city.get("onTimeRate").asDouble()).isEqualTo(0.7143);
        // (177 + 5 + 49) / 7
        assertThat(city.get("averageDaysToConclude").asDouble()).isEqualTo(33.0);
        assertThat(city.get("open").asLong()).isEqualTo(4);
        assertThat(city.get("overdue").asLong()).isEqualTo(3);
        // all sixteen towns, zeros included
        assertThat(city.get("byTown")).hasSize(16);
        assertThat(nonZero(city, "byTown")).containsExactlyInAnyOrderEntriesOf(Map.of(KEJING, 8L, QINYUAN, 3L));
        assertThat(counts(city, "byHandlingLevel")).containsExactlyEntriesOf(ordered("VILLAGE", 7L, "TOWN", 3L,
                "INDUSTRY", 1L, "CITY_CENTER", 0L, "STATIONED", 0L));
        assertThat(city.get("openHighRiskCases").findValuesAsText("caseNumber")).containsExactly(number("K5"),
                number("K3"), number("Q2"), number("K7"));
        assertThat(city.get("earlyWarnings").get("total").asLong()).isEqualTo(5);
        JsonNode screening = city.get("screening");
        assertThat(List.of(screening.get("rounds").asLong(), screening.get("expected").asLong(),
                screening.get("reported").asLong(), screening.get("zeroReports").asLong(),
                screening.get("overdue").asLong(), screening.get("disputesFound").asLong()))
                .containsExactly(2L, 6L, 4L, 1L, 2L, 3L);
        assertThat(screening.get("coverageRate").asDouble()).isEqualTo(0.6667);
        // the same definitions as the screening coverage of the rounds
        List<RoundCoverage> rounds = coverage.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                ScreeningViewer.EVERYTHING);
        assertThat(rounds.stream().mapToLong(RoundCoverage::expected).sum()).isEqualTo(6);
        assertThat(rounds.stream().mapToLong(RoundCoverage::reported).sum()).isEqualTo(4);
        assertThat(rounds.stream().mapToLong(RoundCoverage::overdue).sum()).isEqualTo(2);

        // the administrator handles no case but reads them all: the figures (no personal data) are the city's
        HttpResponse<String> admin = new Http(port).get("/api/statistics/overview?" + YEAR_2024, "admin", "admin-secret");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(parse(admin.body()).get("registered").asLong()).isEqualTo(11);

        JsonNode qinyuan = overview("zhaojiceng", YEAR_2024 + "&townCode=" + QINYUAN);
        assertThat(qinyuan.get("townCode").asText()).isEqualTo(QINYUAN);
        assertThat(qinyuan.get("townName").asText()).isEqualTo("沁园街道");
        assertThat(qinyuan.get("registered").asLong()).isEqualTo(3);
        assertThat(qinyuan.get("concluded").asLong()).isEqualTo(2);
        assertThat(qinyuan.get("agreements").asLong()).isEqualTo(1);
        assertThat(qinyuan.get("successRate").asDouble()).isEqualTo(0.5);
        assertThat(qinyuan.get("concludedOnTime").asLong()).isEqualTo(1);
        assertThat(qinyuan.get("onTimeRate").asDouble()).isEqualTo(0.5);
        assertThat(qinyuan.get("averageDaysToConclude").asDouble()).isEqualTo(27.0);
        assertThat(qinyuan.get("open").asLong()).isEqualTo(1);
        assertThat(qinyuan.get("overdue").asLong()).isEqualTo(1);
        assertThat(counts(qinyuan, "byTown")).containsExactlyEntriesOf(Map.of(QINYUAN, 3L));
        assertThat(qinyuan.get("rebounds").get("visits").asLong()).isZero();
        assertThat(qinyuan.get("earlyWarnings").get("total").asLong()).isEqualTo(1);
        assertThat(qinyuan.get("screening").get("expected").asLong()).isEqualTo(2);
        assertThat(qinyuan.get("screening").get("coverageRate").asDouble()).isEqualTo(0.5);
        // the justice office of 沁园 sees the same
        JsonNode caogang = overview("caogang", YEAR_2024);
        for (String figure : List.of("registered", "concluded", "agreements", "concludedOnTime", "open", "overdue",
                "averageDaysToConclude", "successRate", "onTimeRate", "byCategory", "byMonth", "earlyWarnings",
                "screening", "rebounds", "openHighRiskCases")) {
            assertThat(caogang.get(figure)).as(figure).isEqualTo(qinyuan.get(figure));
        }
    }

    @Test
    void aJusticeOfficeNeverCountsAnotherTown() {
        JsonNode other = overview("chensiyuan", YEAR_2024 + "&townCode=" + QINYUAN);
        assertThat(other.get("registered").asLong()).isZero();
        assertThat(other.get("open").asLong()).isZero();
        assertThat(other.get("successRate").isNull()).isTrue();
        assertThat(other.get("onTimeRate").isNull()).isTrue();
        assertThat(other.get("averageDaysToConclude").isNull()).isTrue();
        assertThat(other.get("openHighRiskCases")).isEmpty();
        assertThat(other.get("earlyWarnings").get("total").asLong()).isZero();
        assertThat(other.get("screening").get("expected").asLong()).isZero();
        assertThat(other.get("screening").get("coverageRate").isNull()).isTrue();
        assertThat(counts(other, "byTown")).containsExactlyEntriesOf(Map.of(QINYUAN, 0L));
        JsonNode own = overview("chensiyuan", YEAR_2024);
        assertThat(own.toString()).doesNotContain(QINYUAN, number("Q2"), "沁园");
    }

    @Test
    void everyFigureIsReproducibleFromTheLedger() {
        for (String user : List.of("chensiyuan", "caogang", "zhaojiceng", "zhangli", "songyu")) {
            for (String query : List.of(YEAR_2024, YEAR_2024 + "&townCode=" + KEJING, "from=2024-03-01&to=2024-06-30",
                    "from=2023-12-01&to=2025-01-31")) {
                agreeWithTheLedger(user, query, user.equals("chensiyuan") || user.equals("zhaojiceng"));
            }
        }
    }

    @Test
    void theServiceAnswersInProcessWhatTheApiAnswers() {
        JsonNode api = overview("chensiyuan", YEAR_2024);
        Overview inProcess = statistics.overview(user("chensiyuan"), new StatisticsQuery(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null));
        assertThat(inProcess.registered()).isEqualTo(8);
        assertThat(springJson.valueToTree(inProcess).toString()).isEqualTo(api.toString());
        // today's sensitive periods, as the calendar has them
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(inProcess.currentSensitivePeriods()).isEqualTo(calendar.activePeriodsOn(today));
        assertThat(api.get("currentSensitivePeriods")).hasSize(calendar.activePeriodsOn(today).size());
    }

    @Test
    void theDefaultPeriodIsTheCurrentYearToToday() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        JsonNode o = overview("chensiyuan", "");
        assertThat(o.get("from").asText()).isEqualTo(today.withDayOfYear(1).toString());
        assertThat(o.get("to").asText()).isEqualTo(today.toString());
        assertThat(o.get("byMonth")).hasSize(today.getMonthValue());
        JsonNode only2024 = overview("chensiyuan", "to=2024-12-31");
        assertThat(only2024.get("from").asText()).isEqualTo("2024-01-01");
        assertThat(only2024.get("registered").asLong()).isEqualTo(8);
    }

    @Test
    void badParametersAreRefusedNamingTheFieldInChinese() {
        JsonNode errors = refused("from=2024-02-30&to=someday&townCode=999999");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("from", "to", "townCode");
        assertThat(errors.findValuesAsText("message")).allSatisfy(m -> assertThat(m).containsPattern("\\p{IsHan}"));
        assertThat(refused("from=2024-12-31&to=2024-01-01").findValuesAsText("field")).containsExactly("from");
        JsonNode tooLong = refused("from=2014-01-01&to=2024-12-31");
        assertThat(tooLong.findValuesAsText("field")).containsExactly("to");
        assertThat(tooLong.get(0).get("message").asText()).contains("不能超过5年");
        assertThat(new Http(port).get("/api/statistics/overview", null, null).statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------------------------ the ledger's view

    /**
     * Recounts the user's overview from the ledger's rows for the same period and town, and checks the breakdowns
     * by filtering the ledger (every code of each breakdown when {@code byFilter}).
     */
    private void agreeWithTheLedger(String user, String query, boolean byFilter) {
        String what = user + " " + query;
        JsonNode o = overview(user, query);
        JsonNode ledger = ledger(user, query + "&size=200");
        List<JsonNode> items = new ArrayList<>();
        ledger.get("items").forEach(items::add);
        assertThat(ledger.get("total").asLong()).as(what).isEqualTo(items.size());
        assertThat(o.get("registered").asLong()).as(what).isEqualTo(items.size());

        List<JsonNode> concluded = items.stream().filter(i -> !i.get("concludedOn").isNull()).toList();
        assertThat(o.get("concluded").asLong()).as(what).isEqualTo(concluded.size());
        long agreements = concluded.stream().filter(i -> i.get("conclusion").asText().equals("AGREED")).count();
        assertThat(o.get("agreements").asLong()).as(what).isEqualTo(agreements);
        long onTime = concluded.stream().filter(i -> !LocalDate.parse(i.get("concludedOn").asText())
                .isAfter(LocalDate.parse(i.get("deadline").asText()))).count();
        assertThat(o.get("concludedOnTime").asLong()).as(what).isEqualTo(onTime);
        assertThat(rate(o, "successRate")).as(what).isEqualTo(rate(agreements, concluded.size()));
        assertThat(rate(o, "onTimeRate")).as(what).isEqualTo(rate(onTime, concluded.size()));
        long days = concluded.stream().mapToLong(i -> ChronoUnit.DAYS.between(LocalDate.parse(i.get("registeredOn")
                .asText()), LocalDate.parse(i.get("concludedOn").asText()))).sum();
        assertThat(o.get("averageDaysToConclude").isNull() ? null : o.get("averageDaysToConclude").asDouble()).as(what)
                .isEqualTo(concluded.isEmpty() ? null : Math.round(days * 10.0 / concluded.size()) / 10.0);
        List<JsonNode> open = items.stream().filter(i -> i.get("concludedOn").isNull()).toList();
        assertThat(o.get("open").asLong()).as(what).isEqualTo(open.size());
        assertThat(o.get("overdue").asLong()).as(what).isEqualTo(items.stream()
                .filter(i -> i.get("overdue").asBoolean()).count());
        assertThat(o.get("overdue").asLong()).as(what).isEqualTo(ledger(user, query + "&overdue=true").get("total")
                .asLong());
        assertThat(o.get("rebounds").get("visits").asLong()).as(what).isEqualTo(items.stream()
                .mapToLong(i -> i.get("rebounds").asLong()).sum());
        assertThat(o.get("rebounds").get("cases").asLong()).as(what).isEqualTo(items.stream()
                .filter(i -> i.get("rebounds").asLong() > 0).count());

        assertThat(nonZero(o, "byCategory")).as(what).isEqualTo(tally(items, "category"));
        assertThat(nonZero(o, "byChannel")).as(what).isEqualTo(tally(items, "channel"));
        assertThat(nonZero(o, "byStatus")).as(what).isEqualTo(tally(items, "status"));
        assertThat(nonZero(o, "byHandlingLevel")).as(what).isEqualTo(tally(items, "handlingLevel"));
        assertThat(nonZero(o, "byTown")).as(what).isEqualTo(tally(items, "townCode"));
        assertThat(nonZero(o, "byOutcome")).as(what).isEqualTo(tally(concluded, "conclusion"));
        List<JsonNode> referred = items.stream().filter(i -> !i.get("referralKind").isNull()).toList();
        Map<String, Long> byReferral = new java.util.TreeMap<>();
        o.get("byReferral").forEach(k -> k.get("byOutcome").forEach(f -> {
            if (f.get("count").asLong() > 0) {
                byReferral.put(k.get("code").asText() + "/" + f.get("code").asText(), f.get("count").asLong());
            }
        }));
        Map<String, Long> referredInLedger = new java.util.TreeMap<>();
        referred.forEach(i -> referredInLedger.merge(i.get("referralKind").asText() + "/" + i.get("referralOutcome")
                .asText(), 1L, Long::sum));
        assertThat(byReferral).as(what).isEqualTo(referredInLedger);
        assertThat(nonZero(o, "openByRiskLevel")).as(what).isEqualTo(tally(open, "riskLevel"));
        for (JsonNode month : o.get("byMonth")) {
            List<JsonNode> ofMonth = items.stream().filter(i -> YearMonth.from(LocalDate.parse(i.get("registeredOn")
                    .asText())).toString().equals(month.get("month").asText())).toList();
            assertThat(month.get("count").asLong()).as(what + " " + month.get("month")).isEqualTo(ofMonth.size());
            assertThat(nonZeroIn(month.get("byCategory"))).as(what).isEqualTo(tally(ofMonth, "category"));
        }
        assertThat(o.get("openHighRiskCases").findValuesAsText("caseId")).as(what).containsExactlyInAnyOrderElementsOf(
                open.stream().filter(i -> List.of("HIGH", "CRITICAL").contains(i.get("riskLevel").asText()))
                        .map(i -> i.get("caseId").asText()).toList());

        if (byFilter) {
            Map<String, String> breakdowns = Map.of("byCategory", "category", "byChannel", "channel", "byStatus",
                    "status", "byHandlingLevel", "handlingLevel", "byTown", "townCode", "byCommitteeType",
                    "committeeType");
            breakdowns.forEach((breakdown, parameter) -> {
                for (JsonNode figure : o.get(breakdown)) {
                    String filter = query.contains(parameter + "=") ? query : query + "&" + parameter + "="
                            + encode(figure.get("code").asText());
                    assertThat(ledger(user, filter).get("total").asLong()).as(what + " " + parameter + "="
                            + figure.get("code").asText()).isEqualTo(figure.get("count").asLong());
                }
            });
            for (JsonNode kind : o.get("byReferral")) {
                String ofKind = query + "&referralKind=" + kind.get("code").asText();
                assertThat(ledger(user, ofKind).get("total").asLong()).as(what + " " + ofKind)
                        .isEqualTo(kind.get("count").asLong());
                for (JsonNode answer : kind.get("byOutcome")) {
                    String filter = ofKind + "&referralOutcome=" + answer.get("code").asText();
                    assertThat(ledger(user, filter).get("total").asLong()).as(what + " " + filter)
                            .isEqualTo(answer.get("count").asLong());
                }
            }
            for (JsonNode figure : o.get("openByRiskLevel")) {
                JsonNode ofLevel = ledger(user, query + "&size=200&riskLevel=" + figure.get("code").asText());
                long openOfLevel = 0;
                for (JsonNode item : ofLevel.get("items")) {
                    openOfLevel += item.get("concludedOn").isNull() ? 1 : 0;
                }
                assertThat(openOfLevel).as(what + " open " + figure.get("code")).isEqualTo(figure.get("count").asLong());
            }
        }
    }

    private static Map<String, Long> tally(List<JsonNode> items, String field) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        items.forEach(i -> counts.merge(i.get(field).asText(), 1L, Long::sum));
        return counts;
    }

    // ------------------------------------------------------------------------------ helpers

    JsonNode overview(String user, String query) {
        HttpResponse<String> response = new Http(port).get("/api/statistics/overview?" + query, user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    JsonNode ledger(String user, String query) {
        HttpResponse<String> response = new Http(port).get("/api/ledger/cases?" + query, user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    JsonNode refused(String query) {
        HttpResponse<String> response = new Http(port).get("/api/statistics/overview?" + query, "chensiyuan", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return parse(response.body()).get("errors");
    }

    /** A breakdown as code → count, in its order. */
    static Map<String, Long> counts(JsonNode node, String breakdown) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode figure : node.get(breakdown)) {
            counts.put(figure.get("code").asText(), figure.get("count").asLong());
        }
        return counts;
    }

    /** The entries of a breakdown that are not 0, sorted by code. */
    static Map<String, Long> nonZero(JsonNode node, String breakdown) {
        return nonZeroIn(node.get(breakdown));
    }

    static Map<String, Long> nonZeroIn(JsonNode figures) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (JsonNode figure : figures) {
            if (figure.get("count").asLong() != 0) {
                counts.put(figure.get("code").asText(), figure.get("count").asLong());
            }
        }
        return counts;
    }

    static String label(JsonNode node, String breakdown, String code) {
        for (JsonNode figure : node.get(breakdown)) {
            if (figure.get("code").asText().equals(code)) {
                return figure.get("label").asText();
            }
        }
        throw new AssertionError("no " + code + " in " + breakdown);
    }

    /** Pairs code, count, code, count… in order. */
    static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }

    private static Double rate(JsonNode o, String field) {
        return o.get(field).isNull() ? null : o.get(field).asDouble();
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    AuthenticatedUser user(String userId) {
        return new AuthenticatedUser(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
