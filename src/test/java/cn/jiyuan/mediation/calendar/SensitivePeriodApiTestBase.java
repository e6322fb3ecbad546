package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The sensitive-period API over real HTTP, on a database chosen by the subclass ({@link
 * cn.jiyuan.mediation.support.OnH2} or {@link cn.jiyuan.mediation.support.OnPostgres}). The Spring
 * context (and its database) is shared with the other {@link DemoPlatformTest} classes: every test that
 * changes periods uses a year of its own.
 */
@DemoPlatformTest
abstract class SensitivePeriodApiTestBase {

    private static final String PATH = "/api/calendar/sensitive-periods";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SensitivePeriodSource source;

    private Http http() {
        return new Http(port);
    }

    private HttpResponse<String> get(String query, String user, String password) {
        return http().get(PATH + query, user, password);
    }

    private HttpResponse<String> put(String yearAndCode, String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(PATH + "/" + yearAndCode)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        return http().send(request.build());
    }

    private HttpResponse<String> delete(String yearAndCode, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(PATH + "/" + yearAndCode)))
                .DELETE();
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        return http().send(request.build());
    }

    private static List<Map<String, Object>> periods(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        return JSON.readValue(response.body(), new TypeReference<>() {
        });
    }

    private List<Map<String, Object>> periodsOf(int year) throws Exception {
        return periods(get("?year=" + year, "zhangli", "demo"));
    }

    private static Map<String, Object> period(List<Map<String, Object>> periods, String code) {
        return periods.stream().filter(p -> code.equals(p.get("code"))).findFirst().orElseThrow(
                () -> new AssertionError("no " + code + " in " + periods));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... fields) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        if (fields.length > 0) {
            Map<String, Object> problem = JSON.readValue(response.body(), new TypeReference<>() {
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
            assertThat(errors).extracting(e -> e.get("field")).as(response.body()).containsExactlyInAnyOrder(
                    (Object[]) fields);
        }
    }

    @Test
    void aMediatorReadsTheComputedPeriodsOfAYearSortedByStart() throws Exception {
        List<Map<String, Object>> periods = periodsOf(2026);
        assertThat(periods).extracting(p -> p.get("code")).containsExactly("SPRING_FESTIVAL", "TWO_SESSIONS",
                "MID_AUTUMN", "NATIONAL_DAY");
        assertThat(periods.get(0)).containsExactlyInAnyOrderEntriesOf(Map.of("code", "SPRING_FESTIVAL",
                "name", "春节", "festivalDate", "2026-02-17", "start", "2026-02-10", "end", "2026-02-24"));
        // festivalDate is always present, null for a period without a festival day
        assertThat(periods.get(1)).containsEntry("name", "全国两会").containsEntry("festivalDate", null)
                .containsEntry("start", "2026-03-03").containsEntry("end", "2026-03-15").hasSize(5);
        assertThat(periods.get(2)).containsEntry("festivalDate", "2026-09-25");
        assertThat(period(periodsOf(2025), "SPRING_FESTIVAL")).containsEntry("start", "2025-01-22")
                .containsEntry("end", "2025-02-05");
        assertThat(period(periodsOf(2025), "TWO_SESSIONS")).containsEntry("start", "2025-03-04")
                .containsEntry("end", "2025-03-11");
        assertThat(periodsOf(1901)).hasSize(4);
        assertThat(periodsOf(2099)).hasSize(4);
    }

    @Test
    void aMissingInvalidOrUnsupportedYearIsABadRequest() throws Exception {
        for (String query : List.of("", "?year=", "?year=abc", "?year=2026.5", "?year=1900", "?year=2100",
                "?year=-1")) {
            assertProblem(get(query, "zhangli", "demo"), 400, "year");
        }
    }

    @Test
    void withoutCredentialsEverythingIsUnauthorized() {
        assertThat(get("?year=2026", null, null).statusCode()).isEqualTo(401);
        assertThat(get("?year=2026", "intruder", "guess").statusCode()).isEqualTo(401);
        assertThat(put("2040/TWO_SESSIONS", "{}", null, null).statusCode()).isEqualTo(401);
        assertThat(delete("2040/TWO_SESSIONS", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aMediatorMayNotChangePeriods() throws Exception {
        String body = "{\"name\":\"全国两会\",\"start\":\"2041-03-04\",\"end\":\"2041-03-11\"}";
        assertProblem(put("2041/TWO_SESSIONS", body, "zhangli", "demo"), 403);
        assertProblem(put("2041/TWO_SESSIONS", "{not json", "zhangli", "demo"), 403);
        assertProblem(put("1800/lower-case", "{}", "zhangli", "demo"), 403);
        assertProblem(delete("2041/TWO_SESSIONS", "zhangli", "demo"), 403);
        assertThat(period(periodsOf(2041), "TWO_SESSIONS")).containsEntry("start", "2041-03-03");
        assertThat(jdbc.queryForObject("select count(*) from sensitive_period where period_year = 2041",
                Integer.class)).isZero();
    }

    @Test
    void theGrassrootsSectionOverridesAComputedPeriodAndRemovesTheOverride() throws Exception {
        HttpResponse<String> put = put("2042/TWO_SESSIONS", """
                {"name":"全国两会","start":"2042-03-04","end":"2042-03-11","note":"新华社公布的会期"}""",
                "zhaojiceng", "demo");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readValue(put.body(), Map.class)).containsEntry("code", "TWO_SESSIONS")
                .containsEntry("start", "2042-03-04").containsEntry("end", "2042-03-11");

        List<Map<String, Object>> periods = periodsOf(2042);
        assertThat(periods).hasSize(4);
        assertThat(period(periods, "TWO_SESSIONS")).containsEntry("start", "2042-03-04")
                .containsEntry("end", "2042-03-11");
        assertThat(jdbc.queryForMap("select note, updated_by from sensitive_period "
                + "where period_year = 2042 and code = 'TWO_SESSIONS'"))
                .containsValues("新华社公布的会期", "zhaojiceng");
        assertThat(source.isSensitive(LocalDate.of(2042, 3, 3))).isFalse();
        assertThat(source.isSensitive(LocalDate.of(2042, 3, 4))).isTrue();

        // a second PUT replaces the first
        assertThat(put("2042/TWO_SESSIONS", """
                {"name":"全国两会（延期）","start":"2042-03-10","end":"2042-03-18"}""", "zhaojiceng", "demo")
                .statusCode()).isEqualTo(200);
        assertThat(period(periodsOf(2042), "TWO_SESSIONS")).containsEntry("name", "全国两会（延期）")
                .containsEntry("start", "2042-03-10");
        assertThat(periodsOf(2043)).extracting(p -> p.get("start")).contains("2043-03-03");

        HttpResponse<String> removed = delete("2042/TWO_SESSIONS", "zhaojiceng", "demo");
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(period(periodsOf(2042), "TWO_SESSIONS")).containsEntry("name", "全国两会")
                .containsEntry("start", "2042-03-03").containsEntry("end", "2042-03-15");
        assertProblem(delete("2042/TWO_SESSIONS", "zhaojiceng", "demo"), 404);
    }

    @Test
    void theAdministratorAddsAPeriodOfItsOwnAndOverridesAFestival() throws Exception {
        assertThat(put("2044/CUSTOM_VILLAGE_ELECTIONS", """
                {"name":"村（社区）两委换届","start":"2044-04-01","end":"2044-04-30"}""", "admin", "admin-secret")
                .statusCode()).isEqualTo(200);
        assertThat(put("2044/SPRING_FESTIVAL", """
                {"name":"春节","festivalDate":"2044-01-30","start":"2044-01-16","end":"2044-02-13"}""",
                "admin", "admin-secret").statusCode()).isEqualTo(200);

        List<Map<String, Object>> periods = periodsOf(2044);
        // 中秋 2044 is 10-05, so its window starts after 国庆's
        assertThat(periods).extracting(p -> p.get("code")).containsExactly("SPRING_FESTIVAL", "TWO_SESSIONS",
                "CUSTOM_VILLAGE_ELECTIONS", "NATIONAL_DAY", "MID_AUTUMN");
        assertThat(period(periods, "CUSTOM_VILLAGE_ELECTIONS")).containsEntry("name", "村（社区）两委换届")
                .containsEntry("festivalDate", null);
        assertThat(period(periods, "SPRING_FESTIVAL")).containsEntry("start", "2044-01-16")
                .containsEntry("festivalDate", "2044-01-30");
        assertThat(source.isSensitive(LocalDate.of(2044, 4, 15))).isTrue();

        assertThat(delete("2044/CUSTOM_VILLAGE_ELECTIONS", "admin", "admin-secret").statusCode()).isEqualTo(204);
        assertThat(periodsOf(2044)).extracting(p -> p.get("code")).doesNotContain("CUSTOM_VILLAGE_ELECTIONS");
        assertThat(source.isSensitive(LocalDate.of(2044, 4, 15))).isFalse();
        assertThat(period(periodsOf(2044), "SPRING_FESTIVAL")).containsEntry("start", "2044-01-16");
    }

    @Test
    void badChangesAreRejectedNamingEveryField() throws Exception {
        String user = "zhaojiceng";
        assertProblem(put("2045/TWO_SESSIONS", "{}", user, "demo"), 400, "name", "start", "end");
        assertProblem(put("2045/TWO_SESSIONS", "", user, "demo"), 400, "name", "start", "end");
        assertProblem(put("1900/two-sessions", """
                {"name":"全国两会","start":"1900-03-04","end":"1900-03-11"}""", user, "demo"), 400, "year", "code");
        assertProblem(put("2045/TWO_SESSIONS", """
                {"name":"全国两会","start":"2045-03-11","end":"2045-03-04"}""", user, "demo"), 400, "end");
        assertProblem(put("2045/SPRING_FESTIVAL", """
                {"name":"%s","festivalDate":"2045-02-30","start":"2044-11-01","end":"someday","note":"%s"}"""
                .formatted("春".repeat(51), "x".repeat(501)), user, "demo"), 400,
                "name", "festivalDate", "start", "end", "note");
        assertProblem(put("2045/TWO_SESSIONS", "{not json", user, "demo"), 400, "(body)");
        assertProblem(put("2045/TWO_SESSIONS", "[1, 2]", user, "demo"), 400, "(body)");
        assertProblem(put("2045/TWO_SESSIONS", """
                {"name":"全国两会","start":20450304,"end":"2045-03-11"}""", user, "demo"), 400, "start");
        assertProblem(delete("abc/TWO_SESSIONS", user, "demo"), 400, "year");
        assertThat(jdbc.queryForObject("select count(*) from sensitive_period where period_year = 2045",
                Integer.class)).isZero();
        assertThat(periodsOf(2045)).hasSize(4);
    }
}
