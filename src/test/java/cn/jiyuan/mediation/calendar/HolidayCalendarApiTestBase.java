package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The holiday calendar API over real HTTP, on a database chosen by the subclass ({@link
 * cn.jiyuan.mediation.support.OnH2} or {@link cn.jiyuan.mediation.support.OnPostgres}), and its effect on the
 * platform's working days ({@link WorkingDayCalendar}). The Spring context (and its database) is shared with the
 * other {@link DemoPlatformTest} classes: every test that changes the calendar uses years of its own (2040 on),
 * except the one that corrects and restores a shipped year.
 */
@DemoPlatformTest
abstract class HolidayCalendarApiTestBase {

    private static final String PATH = "/api/calendar/holidays";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR_2047 = """
            {"notice":"国务院办公厅关于2047年部分节假日安排的通知（测试）",
             "holidays":[{"name":"元旦","start":"2047-01-01","end":"2047-01-01"},
                         {"name":"春节","start":"2047-01-25","end":"2047-02-01"}],
             "makeUpWorkdays":[{"date":"2047-01-20","holiday":"春节"},{"date":"2047-02-02","holiday":"春节"}],
             "note":"按通知录入"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingDayCalendar workingDays;

    private Http http() {
        return new Http(port);
    }

    private HttpResponse<String> get(String query, String user, String password) {
        return http().get(PATH + query, user, password);
    }

    private HttpResponse<String> send(String method, String year, String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(PATH + "/" + year)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        return http().send(request.build());
    }

    private HttpResponse<String> put(String year, String json, String user, String password) {
        return send("PUT", year, json, user, password);
    }

    private HttpResponse<String> delete(String year, String user, String password) {
        return send("DELETE", year, null, user, password);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private JsonNode yearOf(int year) throws Exception {
        return json(get("?year=" + year, "zhangli", "demo"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... fields) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("detail").asText()).matches(".*\\p{IsHan}.*");
        if (fields.length > 0) {
            List<String> named = new java.util.ArrayList<>();
            problem.get("errors").forEach(e -> {
                named.add(e.get("field").asText());
                assertThat(e.get("message").asText()).matches(".*\\p{IsHan}.*");
            });
            assertThat(named).as(response.body()).containsExactlyInAnyOrder(fields);
        }
    }

    private int storedYears(int year) {
        return jdbc.queryForObject("select count(*) from holiday_arrangement where arrangement_year = ?", Integer.class,
                year);
    }

    @Test
    void aMediatorReadsTheShippedYearFromItsNotice() throws Exception {
        JsonNode y2026 = yearOf(2026);
        assertThat(y2026.get("year").asInt()).isEqualTo(2026);
        assertThat(y2026.get("arranged").asBoolean()).isTrue();
        assertThat(y2026.get("source").asText()).isEqualTo("OFFICIAL");
        assertThat(y2026.get("notice").asText()).startsWith("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(y2026.get("warning").isNull()).isTrue();
        assertThat(y2026.get("holidays")).hasSize(7);
        Map<String, Object> springFestival = JSON.convertValue(y2026.get("holidays").get(1), new TypeReference<>() {
        });
        assertThat(springFestival).containsExactlyInAnyOrderEntriesOf(
                Map.of("name", "春节", "start", "2026-02-15", "end", "2026-02-23"));
        assertThat(y2026.get("makeUpWorkdays")).extracting(w -> w.get("date").asText()).containsExactly("2026-01-04",
                "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(y2026.get("makeUpWorkdays").get(1).get("holiday").asText()).isEqualTo("春节");
        assertThat(yearOf(2025).get("notice").asText()).contains("国办发明电〔2024〕12号");
        assertThat(yearOf(2024).get("notice").asText()).contains("国办发明电〔2023〕7号");
    }

    @Test
    void aYearNobodyEnteredSaysSoAndCountsWeekendsOnly() throws Exception {
        JsonNode y2046 = yearOf(2046);
        assertThat(y2046.get("arranged").asBoolean()).isFalse();
        assertThat(y2046.get("source").isNull()).isTrue();
        assertThat(y2046.get("holidays")).isEmpty();
        assertThat(y2046.get("warning").asText()).contains("2046年的节假日安排尚未录入", "按周一至周五计算");
        assertThat(workingDays.isArranged(2046)).isFalse();
        // 1 October 2046 is a Monday: without the year's notice it is counted as a working day
        assertThat(workingDays.isWorkingDay(LocalDate.of(2046, 10, 1))).isTrue();
    }

    @Test
    void aMissingInvalidOrUnsupportedYearIsABadRequest() throws Exception {
        for (String query : List.of("", "?year=", "?year=abc", "?year=2026.5", "?year=1999", "?year=2100")) {
            assertProblem(get(query, "zhangli", "demo"), 400, "year");
        }
    }

    @Test
    void withoutCredentialsEverythingIsUnauthorized() {
        assertThat(get("?year=2026", null, null).statusCode()).isEqualTo(401);
        assertThat(get("?year=2026", "intruder", "guess").statusCode()).isEqualTo(401);
        assertThat(put("2041", YEAR_2047, null, null).statusCode()).isEqualTo(401);
        assertThat(delete("2041", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsAndTheGrassrootsSectionChangeTheCalendar() throws Exception {
        String body = YEAR_2047.replace("2047", "2041");
        // a mediator, a committee director, a justice office's staff member, the city centre: 403, nothing stored
        for (String user : List.of("zhangli", "songyu", "chensiyuan", "sunzhengxin")) {
            assertProblem(put("2041", body, user, "demo"), 403);
            assertProblem(put("2041", "{not json", user, "demo"), 403);
            assertProblem(put("1800", "{}", user, "demo"), 403);
            assertProblem(delete("2041", user, "demo"), 403);
            assertProblem(delete("2026", user, "demo"), 403);
        }
        assertThat(storedYears(2041)).isZero();
        assertThat(yearOf(2041).get("arranged").asBoolean()).isFalse();
        assertThat(yearOf(2026).get("source").asText()).isEqualTo("OFFICIAL");
    }

    @Test
    void theAdministratorEntersALaterYearFromItsNoticeAndTheWorkingDaysFollowAtOnce() throws Exception {
        // 春节 2047 (26 January): 25 January to 1 February off, Sunday 20 January and Saturday 2 February worked
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2047, 1, 24))).isEqualTo(LocalDate.of(2047, 1, 25));
        HttpResponse<String> put = put("2047", YEAR_2047, "admin", "admin-secret");
        JsonNode stored = json(put);
        assertThat(stored.get("source").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(stored.get("sourceName").asText()).isEqualTo("系统管理员录入");
        assertThat(stored.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(stored.get("note").asText()).isEqualTo("按通知录入");
        assertThat(stored.get("warning").isNull()).isTrue();
        assertThat(yearOf(2047).get("holidays")).extracting(h -> h.get("name").asText()).containsExactly("元旦", "春节");

        assertThat(workingDays.isArranged(2047)).isTrue();
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2047, 1, 24))).isEqualTo(LocalDate.of(2047, 2, 2));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2047, 1, 20))).as("a make-up Sunday").isTrue();

        // a second PUT replaces the whole year
        assertThat(put("2047", """
                {"notice":"国务院办公厅关于2047年部分节假日安排的通知（更正）",
                 "holidays":[{"name":"春节","start":"2047-01-26","end":"2047-02-01"}]}""", "zhaojiceng", "demo")
                .statusCode()).isEqualTo(200);
        JsonNode corrected = yearOf(2047);
        assertThat(corrected.get("holidays")).hasSize(1);
        assertThat(corrected.get("makeUpWorkdays")).isEmpty();
        assertThat(corrected.get("updatedBy").asText()).isEqualTo("zhaojiceng");
        assertThat(corrected.get("note").isNull()).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2047, 1, 20))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from holiday_arrangement_entry where arrangement_year = 2047",
                Integer.class)).isEqualTo(1);

        HttpResponse<String> removed = delete("2047", "zhaojiceng", "demo");
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(yearOf(2047).get("arranged").asBoolean()).isFalse();
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2047, 1, 24))).isEqualTo(LocalDate.of(2047, 1, 25));
        assertThat(jdbc.queryForObject("select count(*) from holiday_arrangement_entry where arrangement_year = 2047",
                Integer.class)).isZero();
        assertProblem(delete("2047", "zhaojiceng", "demo"), 404);
    }

    @Test
    void aShippedYearIsCorrectedAndTheCorrectionRemoved() throws Exception {
        // the test moves 国庆 2025 by a day and restores it: no other test asks about 2025-10-09
        String corrected = """
                {"notice":"国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，测试更正）",
                 "holidays":[{"name":"国庆节、中秋节","start":"2025-10-01","end":"2025-10-09"}],
                 "makeUpWorkdays":[{"date":"2025-09-28","holiday":"国庆节、中秋节"}]}""";
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
        try {
            assertThat(put("2025", corrected, "admin", "admin-secret").statusCode()).isEqualTo(200);
            assertThat(yearOf(2025).get("source").asText()).isEqualTo("ADMINISTRATOR");
            assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 9))).isFalse();
            assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 11))).as("no longer a make-up day").isFalse();
        } finally {
            assertThat(delete("2025", "admin", "admin-secret").statusCode()).isEqualTo(204);
        }
        assertThat(yearOf(2025).get("source").asText()).isEqualTo("OFFICIAL");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
    }

    @Test
    void badChangesAreRejectedNamingEveryFieldAndStoreNothing() throws Exception {
        String user = "zhaojiceng";
        assertProblem(put("2045", "{}", user, "demo"), 400, "notice", "holidays");
        assertProblem(put("2045", "", user, "demo"), 400, "notice", "holidays");
        assertProblem(put("1999", YEAR_2047, user, "demo"), 400, "year");
        assertProblem(put("2045", YEAR_2047, user, "demo"), 400, "holidays[0].start", "holidays[0].end",
                "holidays[1].start", "holidays[1].end", "makeUpWorkdays[0].date", "makeUpWorkdays[1].date");
        assertProblem(put("2045", """
                {"notice":"通知","holidays":[{"name":"春节","start":"2045-02-16","end":"2045-02-12"}],
                 "makeUpWorkdays":[{"date":"2045-02-15","holiday":"春节"}]}""", user, "demo"), 400,
                "holidays[0].end", "makeUpWorkdays[0].date");
        assertProblem(put("2045", """
                {"notice":"通知","holidays":{"name":"春节"},"makeUpWorkdays":"2045-02-18","extra":1}""", user, "demo"),
                400, "holidays", "makeUpWorkdays", "extra");
        assertProblem(put("2045", """
                {"notice":"通知","holidays":[{"name":"春节","start":20450216,"end":"2045-02-22"}, null]}""", user, "demo"),
                400, "holidays[0].start", "holidays[1]");
        assertProblem(put("2045", "{not json", user, "demo"), 400, "(body)");
        assertProblem(put("2045", "[1, 2]", user, "demo"), 400, "(body)");
        assertProblem(delete("abc", user, "demo"), 400, "year");
        assertThat(storedYears(2045)).isZero();
        assertThat(yearOf(2045).get("arranged").asBoolean()).isFalse();
    }
}
