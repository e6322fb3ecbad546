package cn.jiyuan.mediation.screening.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.screening.ScreeningEngine;
import cn.jiyuan.mediation.screening.report.ScreeningReport;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * Coverage over real HTTP: a weekly round of the demo's 48 villages in which 东许村 sends a zero report,
 * 西许村 a dispute resolved on the spot, and the rest stay silent past the due time (南河村 reminded).
 */
@DemoPlatformTest
public abstract class ScreeningCoverageApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    ScreeningRoundRepository rounds;
    @Autowired
    ScreeningReportRepository reports;

    ScreeningEngine screening;

    @BeforeEach
    void setUp() {
        screening = new ScreeningEngine(engine, rounds, reports);
    }

    @AfterEach
    void resetClock() {
        ScreeningEngine.resetClock();
    }

    private HttpResponse<String> get(String path, String user, String password) {
        return new Http(port).get(path, user, password);
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), new TypeReference<>() {
        });
    }

    private void complete(ScreeningReport report, Map<String, Object> variables) {
        String taskId = tasks.createTaskQuery().processInstanceId(report.processInstanceId()).singleResult().getId();
        tasks.complete(taskId, variables);
    }

    private ScreeningRound weeklyRoundWithTwoReports() {
        ScreeningRound weekly = screening.round(screening.runScheduleOn(LocalDate.of(2027, 8, 2)), "WEEKLY");
        ScreeningEngine.clockAt(LocalDateTime.of(2027, 8, 3, 9, 0));
        complete(screening.report(weekly.id(), "419001100201"), Map.of("zeroReport", true));
        complete(screening.report(weekly.id(), "419001100202"), Map.of("disputes", List.of(Map.of(
                "description", "承包地边界争议", "category", "LAND", "applicantName", "孙某", "respondentName", "周某",
                "handling", "ON_THE_SPOT", "resolution", "现场丈量后双方认可"))));
        ScreeningEngine.clockAt(LocalDateTime.of(2027, 8, 4, 18, 1));
        screening.executeJob(screening.report(weekly.id(), "419001100203").processInstanceId(), "dueTimer");
        return weekly;
    }

    @Test
    @SuppressWarnings("unchecked")
    void supervisorsSeeCoveragePerRoundAndTownWithTheSilentUnits() throws Exception {
        ScreeningRound weekly = weeklyRoundWithTwoReports();

        Map<String, Object> all = json(get("/api/screening/coverage?roundId=" + weekly.id(), "zhaojiceng", "demo"));
        assertThat(all).containsEntry("kind", "WEEKLY").containsEntry("kindName", "每周排查")
                .containsEntry("roundDate", "2027-08-02").containsEntry("expected", 48).containsEntry("reported", 2)
                .containsEntry("zeroReports", 1).containsEntry("overdue", 46).containsEntry("coveragePercent", 4.2)
                .containsEntry("disputesFound", 1);
        List<Map<String, Object>> towns = (List<Map<String, Object>>) all.get("towns");
        assertThat(towns).hasSize(16);
        assertThat(towns).filteredOn(t -> "419001100".equals(t.get("townCode"))).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("townName", "克井镇").containsEntry("expected", 3)
                        .containsEntry("reported", 2).containsEntry("zeroReports", 1).containsEntry("overdue", 1)
                        .containsEntry("coveragePercent", 66.7));
        List<Map<String, Object>> silent = (List<Map<String, Object>>) all.get("silentUnits");
        assertThat(silent).hasSize(46).allSatisfy(u -> assertThat(u).containsEntry("overdue", true));
        assertThat(silent).filteredOn(u -> "419001100203".equals(u.get("unitCode"))).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("unitName", "克井镇南河村").containsKey("remindedAt")
                        .doesNotContainKey("supervisedAt"));

        // 克井司法所 sees its own town only
        Map<String, Object> kejing = json(get("/api/screening/coverage?roundId=" + weekly.id(), "chensiyuan", "demo"));
        assertThat(kejing).containsEntry("expected", 3).containsEntry("reported", 2).containsEntry("overdue", 1);
        assertThat((List<?>) kejing.get("towns")).hasSize(1);
        assertThat((List<Map<String, Object>>) kejing.get("silentUnits")).extracting(u -> u.get("unitCode"))
                .containsExactly("419001100203");

        // the list of rounds: figures without the silent units
        List<Map<String, Object>> list = JSON.readValue(get("/api/screening/rounds?from=2027-08-01&to=2027-08-03",
                "zhaojiceng", "demo").body(), new TypeReference<>() {
                });
        assertThat(list).filteredOn(r -> ((Number) r.get("roundId")).longValue() == weekly.id()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("reported", 2).containsEntry("expected", 48)
                        .containsKey("towns").doesNotContainKey("silentUnits"));
    }

    @Test
    void coverageIsForSupervisorsAndBadQueriesAreNamed() throws Exception {
        assertThat(get("/api/screening/coverage?roundId=1", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/screening/coverage?roundId=1", "zhangli", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/api/screening/rounds", "zhangli", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/api/screening/coverage?roundId=987654321", "zhaojiceng", "demo").statusCode()).isEqualTo(404);

        for (String query : List.of("/api/screening/coverage", "/api/screening/coverage?roundId=abc")) {
            HttpResponse<String> bad = get(query, "zhaojiceng", "demo");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(bad.body()).contains("roundId");
        }
        HttpResponse<String> reversed = get("/api/screening/rounds?from=2027-08-10&to=2027-08-01", "admin",
                "admin-secret");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"from\"");
        HttpResponse<String> malformed = get("/api/screening/rounds?from=2027-13-01&to=tomorrow", "admin",
                "admin-secret");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"from\"", "\"field\":\"to\"");
        assertThat(get("/api/screening/rounds", "chensiyuan", "demo").statusCode()).isEqualTo(200);
    }
}
