package cn.jiyuan.mediation.organization.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.XlsxDownloads;

/**
 * {@code GET /api/staffing/report} on the demo organization: every town and village has its committee (coverage
 * 100%), the sample committees have too few members and full-time mediators; JSON and Excel name the same
 * shortfalls; a justice office sees its own town only, others get 403.
 */
@DemoPlatformTest
public abstract class StaffingReportTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theGrassrootsSectionSeesCoverageAndEveryShortfallAsJsonAndExcel() throws IOException {
        JsonNode report = json(http.get("/api/staffing/report", "zhaojiceng", "demo"));
        JsonNode coverage = report.path("coverage");
        assertThat(coverage.path("towns").asInt()).isEqualTo(16);
        assertThat(coverage.path("townsCovered").asInt()).isEqualTo(16);
        assertThat(coverage.path("villages").asInt()).isEqualTo(coverage.path("villagesCovered").asInt()).isPositive();
        assertThat(coverage.path("coverageRate").asDouble()).isEqualTo(1.0);
        // 70 committees and the two stationed mediation rooms of the demo (派出所、法院)
        assertThat(report.path("committees").asInt()).isEqualTo(72);
        int shortfalls = report.path("shortfallCount").asInt();
        assertThat(shortfalls).isPositive().isEqualTo(report.path("shortfalls").size());
        JsonNode dongxu = null;
        for (JsonNode s : report.path("shortfalls")) {
            assertThat(s.path("rule").asText()).isNotEqualTo("COVERAGE");
            if (s.path("committeeCode").asText().equals("VC419001100201") && s.path("rule").asText().equals("MEMBERS")) {
                dongxu = s;
            }
        }
        assertThat(report.path("byRule").get(0).path("ruleLabel").asText()).isEqualTo("未设立调委会");
        assertThat(report.path("byRule").get(0).path("count").asInt()).isZero();
        assertThat(report.toString()).contains("\"townName\":\"全市\"").contains("行业性专业性调委会");
        if (dongxu != null) {
            assertThat(dongxu.path("townName").asText()).isEqualTo("克井镇");
            assertThat(dongxu.path("detail").asText()).contains("应为 3 至 9 人");
        }

        HttpResponse<byte[]> xlsx = XlsxDownloads.get(port, "/api/staffing/report?format=xlsx", "zhaojiceng", "demo", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("filename*=UTF-8''").contains("staffing-report-"));
        try (XSSFWorkbook book = XlsxDownloads.workbook(xlsx)) {
            XlsxDownloads.assertTableLayout(book, "人员配备问题", StaffingReportController.COLUMNS.size());
            List<List<String>> rows = XlsxDownloads.rows(book.getSheet("人员配备问题"));
            assertThat(rows).hasSize(shortfalls + 1);
            assertThat(rows.get(0)).containsExactly("问题类别", "镇（街道）", "单位", "调委会", "调委会类型", "委员人数", "妇女委员",
                    "专职调解员", "问题说明");
            assertThat(XlsxDownloads.column(book.getSheet("人员配备问题"), "问题类别"))
                    .isSubsetOf("委员人数", "妇女成员", "专职人民调解员");
            assertThat(XlsxDownloads.summary(book, "镇（街道）总数")).isEqualTo("16");
        }
    }

    @Test
    void aJusticeOfficeSeesItsOwnTownAndOthersAreRefused() throws IOException {
        JsonNode own = json(http.get("/api/staffing/report", "chensiyuan", "demo"));
        assertThat(own.path("coverage").path("towns").asInt()).isEqualTo(1);
        for (JsonNode s : own.path("shortfalls")) {
            assertThat(s.path("townCode").asText()).isEqualTo("419001100");
        }
        assertThat(json(http.get("/api/staffing/report?townCode=419001100", "chensiyuan", "demo")).path("townName")
                .asText()).isEqualTo("克井镇");
        assertThat(http.get("/api/staffing/report?townCode=419001001", "chensiyuan", "demo").statusCode()).isEqualTo(403);
        assertThat(XlsxDownloads.get(port, "/api/staffing/report?format=xlsx&townCode=419001001", "chensiyuan", "demo", null)
                .statusCode()).isEqualTo(403);
        for (String user : List.of("zhangli", "liuyang", "zhouyining", "sunzhengxin")) {
            HttpResponse<String> refused = http.get("/api/staffing/report", user, "demo");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).contains("人员配备和覆盖情况仅供市局基层科");
        }
        assertThat(http.get("/api/staffing/report?townCode=4190011", "zhaojiceng", "demo").body()).contains("townCode");
        assertThat(http.get("/api/staffing/report?format=pdf", "zhaojiceng", "demo").statusCode()).isEqualTo(400);
        assertThat(json(http.get("/api/staffing/report?townCode=419001001", "zhaojiceng", "demo")).path("coverage")
                .path("towns").asInt()).isEqualTo(1);
    }
}
