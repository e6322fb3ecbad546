package cn.jiyuan.mediation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * The dashboard's REST resource in Cockpit's plugin API: only for a Cockpit session, scoped by its user (a justice
 * office is offered and answered only its town, the grassroots section every town), with the figures of the
 * platform's statistics; and what the page loads (its plugin script, ECharts from the WebJar) is served.
 */
@DemoPlatformTest
@OnH2
class DashboardResourceTest {

    private static final String BASE = "/camunda/api/cockpit/plugin/mediation-dashboard/default";
    private static final String QINYUAN = "419001001";

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    OrganizationRepository registry;

    @Test
    void withoutASessionTheResourceAnswers401InChinese() {
        Http http = new Http(port);
        for (String path : List.of("/overview", "/towns", "/alerts")) {
            HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(http.url(BASE + path))).GET().build());
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.body()).as(path).contains("请先登录");
        }
    }

    @Test
    void aJusticeOfficeIsOfferedAndAnsweredOnlyItsTown() {
        Http http = new Http(port);
        CaseRequests.register(http, "zhangli", "demo", CaseRequests.dispute().marker("态势接口克井").json());
        CaseRequests.register(http, "songyu", "demo", CaseRequests.dispute().marker("态势接口沁园")
                .place(QINYUAN, QINYUAN + "001").json());
        WebappSession cockpit = WebappSession.login(http, "cockpit", "chensiyuan", "demo");
        assertThat(cockpit.loggedIn()).isTrue();

        JsonNode towns = CaseRequests.parse(cockpit.get(BASE + "/towns").body());
        assertThat(towns.get("wholeCity").asBoolean()).isFalse();
        assertThat(codes(towns.get("towns"))).containsExactly(CaseRequests.KEJING);
        assertThat(towns.get("towns").get(0).get("name").asText()).isEqualTo("克井镇");

        // another town's figures: refused, not answered with the figures of a town he does not supervise
        HttpResponse<String> other = cockpit.get(BASE + "/overview?townCode=" + QINYUAN);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).isEqualTo("无权查看该乡镇（街道）的统计");
        HttpResponse<String> otherAlerts = cockpit.get(BASE + "/alerts?townCode=" + QINYUAN);
        assertThat(otherAlerts.statusCode()).isEqualTo(403);
        assertThat(otherAlerts.body()).isEqualTo("无权查看该乡镇（街道）的预警");
        // his town's alerts only (the awareness API's for him), not the other town's
        for (String town : List.of(CaseRequests.KEJING, QINYUAN)) {
            String key = "WORKLOAD_OVERLOADED:dashboard-api:" + town + ":" + System.nanoTime();
            jdbc.update("insert into awareness_alert (kind, subject_key, open_key, town_code, title, description,"
                    + " recommended_action, detected_at, last_seen_at) values ('HOTSPOT_TOWN', ?, ?, ?, '纠纷高发',"
                    + " '近7日案件明显增多。', '建议开展专项排查。', current_timestamp, current_timestamp)", key, key, town);
        }
        JsonNode alerts = CaseRequests.parse(cockpit.get(BASE + "/alerts").body());
        assertThat(alerts.findValuesAsText("townCode")).isNotEmpty().containsOnly(CaseRequests.KEJING);
        assertThat(alerts.size()).isEqualTo(CaseRequests.parse(http.get("/api/awareness/alerts", "chensiyuan", "demo")
                .body()).size());

        // his own figures are the statistics API's for him, with or without naming his town
        String period = "from=" + LocalDate.of(CaseTime.today().getYear(), 1, 1) + "&to=" + CaseTime.today();
        JsonNode api = CaseRequests.parse(http.get("/api/statistics/overview?" + period, "chensiyuan", "demo").body());
        for (String query : List.of(period, period + "&townCode=" + CaseRequests.KEJING)) {
            HttpResponse<String> answer = cockpit.get(BASE + "/overview?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(200);
            JsonNode mine = CaseRequests.parse(answer.body());
            assertThat(mine.get("registered").asLong()).as(query).isEqualTo(api.get("registered").asLong())
                    .isPositive();
            for (String figure : List.of("concluded", "open", "overdue", "successRate", "onTimeRate")) {
                assertThat(mine.get(figure)).as(query + " " + figure).isEqualTo(api.get(figure));
            }
            assertThat(codes(mine.get("byTown"))).as(query).containsExactly(CaseRequests.KEJING);
            assertThat(mine.get("byMonth").get(0).get("month").asText()).isEqualTo(CaseTime.today().getYear() + "-01");
        }
    }

    @Test
    void theGrassrootsSectionIsOfferedEveryTownAndSeesTheCity() {
        Http http = new Http(port);
        CaseRequests.register(http, "songyu", "demo", CaseRequests.dispute().marker("态势接口全市")
                .place(QINYUAN, QINYUAN + "001").json());
        WebappSession cockpit = WebappSession.login(http, "cockpit", "zhaojiceng", "demo");
        JsonNode towns = CaseRequests.parse(cockpit.get(BASE + "/towns").body());
        assertThat(towns.get("wholeCity").asBoolean()).isTrue();
        assertThat(codes(towns.get("towns"))).containsExactlyElementsOf(
                registry.findUnits(UnitLevel.TOWN, null).stream().map(OrgUnit::code).toList());

        JsonNode city = CaseRequests.parse(cockpit.get(BASE + "/overview").body());
        JsonNode api = CaseRequests.parse(http.get("/api/statistics/overview", "zhaojiceng", "demo").body());
        assertThat(city.get("registered").asLong()).isEqualTo(api.get("registered").asLong());
        assertThat(city.get("byTown")).isEqualTo(api.get("byTown"));
        JsonNode qinyuan = CaseRequests.parse(cockpit.get(BASE + "/overview?townCode=" + QINYUAN).body());
        assertThat(qinyuan.get("townName").asText()).isEqualTo("沁园街道");
        assertThat(qinyuan.get("registered").asLong()).isPositive()
                .isEqualTo(count(city.get("byTown"), QINYUAN));
    }

    @Test
    void aBadPeriodIsNamedInChinese() {
        WebappSession cockpit = WebappSession.login(new Http(port), "cockpit", "chensiyuan", "demo");
        HttpResponse<String> answer = cockpit.get(BASE + "/overview?from=2024-05-01&to=2024-04-01");
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode body = CaseRequests.parse(answer.body());
        assertThat(body.get("errors")).isNotEmpty();
        assertThat(body.get("errors").get(0).get("message").asText()).matches(".*[\\u4e00-\\u9fff].*");
        HttpResponse<String> notADate = cockpit.get(BASE + "/overview?from=yesterday");
        assertThat(notADate.statusCode()).isEqualTo(400);
    }

    @Test
    void thePageScriptAndEchartsAreServedFromTheApplication() {
        Http http = new Http(port);
        HttpResponse<String> echarts = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(http.url("/webjars/echarts/5.3.1/dist/echarts.min.js"))).GET().build());
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(echarts.body()).contains("getInstanceByDom");

        WebappSession cockpit = WebappSession.login(http, "cockpit", "chensiyuan", "demo");
        HttpResponse<String> plugin = cockpit.get("/camunda/api/cockpit/plugin/mediation-dashboard/static/app/plugin.js");
        assertThat(plugin.statusCode()).isEqualTo(200);
        assertThat(plugin.body()).contains("cockpit.route", "cockpit.navigation", "cockpit.dashboard");
    }

    private static List<String> codes(JsonNode figures) {
        List<String> codes = new ArrayList<>();
        figures.forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    private static long count(JsonNode figures, String code) {
        for (JsonNode f : figures) {
            if (f.get("code").asText().equals(code)) {
                return f.get("count").asLong();
            }
        }
        throw new AssertionError("no figure " + code);
    }
}
