package cn.jiyuan.mediation.screening.report;

import static cn.jiyuan.mediation.support.XlsxDownloads.XLSX;
import static cn.jiyuan.mediation.support.XlsxDownloads.assertTableLayout;
import static cn.jiyuan.mediation.support.XlsxDownloads.column;
import static cn.jiyuan.mediation.support.XlsxDownloads.rows;
import static cn.jiyuan.mediation.support.XlsxDownloads.rowsWhere;
import static cn.jiyuan.mediation.support.XlsxDownloads.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.XlsxDownloads;

/**
 * The screening findings' download ({@code GET /api/ledger/screening-findings}): the workbook read back with POI,
 * rows limited to the reader's towns, every code as its Chinese label, the parties masked, the JSON page, the
 * errors. Each test writes a round of its own on a day of its own (in 2001, far from the rounds other tests open),
 * with a report and findings in 克井镇 and 沁园街道, and asks for that day only.
 */
@DemoPlatformTest
abstract class ScreeningFindingExportTestBase {

    static final String QINYUAN = "419001001";
    static final List<String> HEADERS = List.of("排查日期", "排查类型", "排查轮次", "镇（街道）", "排查单位", "序号", "纠纷类型",
            "纠纷简况", "申请人", "申请人电话", "被申请人", "被申请人电话", "涉及人数", "处理方式", "化解情况", "涉及金额（元）", "涉企",
            "风险因素", "处理结果", "案件编号", "上报日期");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Round(LocalDate day, String kejingApplicant, String kejingPhone, String qinyuanApplicant) {
    }

    @Test
    void theJusticeOfficeDownloadsItsTownsFindingsLabelledAndMasked() throws IOException {
        Round round = round();
        HttpResponse<byte[]> response = XlsxDownloads.get(port, "/api/ledger/screening-findings?format=xlsx&from="
                + round.day() + "&to=" + round.day(), "chensiyuan", "demo", null);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\""
                + "screening-findings-" + today + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode("排查发现-" + today
                + ".xlsx", StandardCharsets.UTF_8));
        try (XSSFWorkbook book = XlsxDownloads.workbook(response)) {
            assertTableLayout(book, "排查发现", HEADERS.size());
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(rows(sheet).get(0)).containsExactlyElementsOf(HEADERS);
            assertThat(column(sheet, "镇（街道）")).containsExactly("克井镇", "克井镇");
            List<String> resolved = rowsWhere(sheet, "序号", "1").get(0);
            assertThat(resolved).containsExactly(round.day().toString(), "每周排查", "2001年测试排查", "克井镇", "东许村", "1",
                    "邻里", round.kejingApplicant().charAt(0) + "某与邻居因排水沟争吵，电话"
                            + round.kejingPhone().substring(0, 3) + "****" + round.kejingPhone().substring(7),
                    round.kejingApplicant().charAt(0) + "某", round.kejingPhone().substring(0, 3) + "****"
                            + round.kejingPhone().substring(7), "李某", "****", "2", "当场化解",
                    "村调委会当场说和，" + round.kejingApplicant().charAt(0) + "某表示满意", "", "否", "", "已当场化解", "",
                    round.day().toString());
            List<String> registered = rowsWhere(sheet, "序号", "2").get(0);
            assertThat(registered.get(6)).isEqualTo("劳资债务");
            assertThat(registered.get(13)).isEqualTo("登记为案件");
            assertThat(registered.get(15)).isEqualTo("120,000.00");
            assertThat(registered.get(16)).isEqualTo("是");
            assertThat(registered.get(17)).isEqualTo("扬言暴力或报复、可能引发群体性事件");
            assertThat(registered.get(18)).isEqualTo("已登记为案件");
            assertThat(registered.get(19)).isEqualTo("（2001）东许调字第1号");
            Cell amount = sheet.getRow(2).getCell(15);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rows(sheet).toString()).doesNotContain(round.kejingApplicant(), round.kejingPhone(),
                    round.qinyuanApplicant(), "沁园");

            assertThat(summary(book, "记录数")).isEqualTo("2");
            assertThat(summary(book, "查看范围")).isEqualTo("克井镇");
            assertThat(summary(book, "排查日期")).isEqualTo(round.day() + " 至 " + round.day());
            assertThat(summary(book, "当场化解")).isEqualTo("1");
            assertThat(summary(book, "登记为案件")).isEqualTo("1");
            assertThat(summary(book, "待登记为案件")).isEqualTo("0");
            assertThat(summary(book, "邻里")).isEqualTo("1");
        }

        // 沁园司法所 sees its own finding only; the bureau both towns
        try (XSSFWorkbook book = XlsxDownloads.workbook(XlsxDownloads.get(port, "/api/ledger/screening-findings?from="
                + round.day() + "&to=" + round.day(), "caogang", "demo", XLSX))) {
            assertThat(column(book.getSheetAt(0), "镇（街道）")).containsExactly("沁园街道");
            assertThat(column(book.getSheetAt(0), "申请人")).containsExactly(round.qinyuanApplicant().charAt(0) + "某");
        }
        try (XSSFWorkbook book = XlsxDownloads.workbook(XlsxDownloads.get(port, "/api/ledger/screening-findings?from="
                + round.day() + "&to=" + round.day() + "&format=xlsx&handling=ON_THE_SPOT", "zhaojiceng", "demo", null))) {
            assertThat(column(book.getSheetAt(0), "镇（街道）")).containsExactlyInAnyOrder("克井镇", "沁园街道");
            assertThat(summary(book, "查看范围")).isEqualTo("全市");
            assertThat(summary(book, "处理方式")).isEqualTo("当场化解");
        }
    }

    @Test
    void theJsonPageHoldsTheSameMaskedRowsWithLabels() {
        Round round = round();
        HttpResponse<byte[]> response = XlsxDownloads.get(port, "/api/ledger/screening-findings?from=" + round.day()
                + "&to=" + round.day() + "&size=1", "chensiyuan", "demo", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = CaseRequests.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("townName").asText()).isEqualTo("克井镇");
        assertThat(item.get("categoryName").asText()).isNotBlank();
        assertThat(item.get("roundKindName").asText()).isEqualTo("每周排查");
        assertThat(item.get("outcomeName").asText()).startsWith("已");
        assertThat(item.toString()).doesNotContain(round.kejingApplicant(), round.kejingPhone());
        JsonNode second = CaseRequests.parse(new String(XlsxDownloads.get(port, "/api/ledger/screening-findings?from="
                + round.day() + "&to=" + round.day() + "&size=1&page=1", "chensiyuan", "demo", null).body(),
                StandardCharsets.UTF_8));
        assertThat(second.get("items").get(0).get("id").asLong()).isNotEqualTo(item.get("id").asLong());
    }

    @Test
    void whoMayNotSeeFindingsIsRefusedAndBadParametersAreNamedInChinese() {
        assertThat(XlsxDownloads.get(port, "/api/ledger/screening-findings?format=xlsx", null, null, null).statusCode())
                .isEqualTo(401);
        HttpResponse<byte[]> mediator = XlsxDownloads.get(port, "/api/ledger/screening-findings?format=xlsx", "zhangli",
                "demo", null);
        assertThat(mediator.statusCode()).isEqualTo(403);
        assertThat(text(mediator)).contains("排查发现仅供");
        HttpResponse<byte[]> otherTown = XlsxDownloads.get(port, "/api/ledger/screening-findings?townCode=" + QINYUAN,
                "chensiyuan", "demo", XLSX);
        assertThat(otherTown.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> bad = XlsxDownloads.get(port, "/api/ledger/screening-findings?format=csv&category=FIGHT"
                + "&handling=x&outcome=DONE&kind=YEARLY&from=yesterday&size=0", "chensiyuan", "demo", XLSX);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("\"format\"", "\"category\"", "\"handling\"", "\"outcome\"", "\"kind\"",
                "\"from\"", "\"size\"", "只能是", "年-月-日", "之间的整数");
    }

    // ------------------------------------------------------------------------------ helpers

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * A weekly round on a day of 2001 of its own, with a report of 东许村 (克井镇: one dispute resolved on the spot,
     * one registered as a case) and one of 沁园社区 (沁园街道: one dispute).
     */
    Round round() {
        long n = System.nanoTime();
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(n / 1000 % 365);
        while (jdbc.queryForObject("select count(*) from screening_round where round_date = ?", Integer.class, day) > 0) {
            day = day.plusDays(1);
        }
        String kejing = "诸葛" + (char) ('甲' + (int) (n % 10)) + (char) ('子' + (int) (n / 10 % 12));
        String phone = "1350" + String.format("%07d", n / 1000 % 10_000_000);
        String qinyuan = "司马" + (char) ('甲' + (int) (n / 7 % 10)) + (char) ('子' + (int) (n / 70 % 12));
        OffsetDateTime at = day.atTime(17, 0).atOffset(java.time.ZoneOffset.ofHours(8));
        jdbc.update("insert into screening_round (round_key, kind, round_date, title, due_at, created_at)"
                + " values (?, 'WEEKLY', ?, '2001年测试排查', ?, ?)", "XLSX-TEST:" + n, day, at, at);
        long roundId = jdbc.queryForObject("select id from screening_round where round_key = ?", Long.class, "XLSX-TEST:" + n);
        long dongxu = report(roundId, "419001100201", "东许村", CaseRequests.KEJING, "VC419001100201", at);
        long shequ = report(roundId, "419001001001", "沁园社区", QINYUAN, "VC419001001001", at);
        finding(dongxu, roundId, 1, kejing + "与邻居因排水沟争吵，电话" + phone, "NEIGHBOR", kejing, phone, "李四海", "12345",
                2, "ON_THE_SPOT", "村调委会当场说和，" + kejing + "表示满意", null, false, null, "RESOLVED", null, at);
        finding(dongxu, roundId, 2, "工地拖欠十二名工人工资", "LABOR_WAGE_DEBT", "王工头", "13600000000", "某建筑公司", null, 12,
                "REGISTER_CASE", null, new java.math.BigDecimal("120000.00"), true, "VIOLENCE_THREAT;MASS_INCIDENT_RISK",
                "CASE_REGISTERED", "（2001）东许调字第1号", at);
        finding(shequ, roundId, 1, qinyuan + "与物业因停车费争执", "PROPERTY_MANAGEMENT", qinyuan, "13700000000", "物业公司",
                null, 1, "ON_THE_SPOT", "社区调委会说明收费依据", null, false, null, "RESOLVED", null, at);
        return new Round(day, kejing, phone, qinyuan);
    }

    private long report(long roundId, String unit, String name, String town, String committee, OffsetDateTime at) {
        jdbc.update("insert into screening_report (round_id, unit_code, unit_name, unit_level, town_code, committee_code,"
                + " committee_group, office_group, due_at, supervision_at, status, reported_at, reported_by, dispute_count)"
                + " values (?, ?, ?, 'VILLAGE', ?, ?, ?, ?, ?, ?, 'REPORTED', ?, 'test', 1)", roundId, unit, name, town,
                committee, "committee-" + committee, "justice-office-" + town, at, at, at);
        return jdbc.queryForObject("select id from screening_report where round_id = ? and unit_code = ?", Long.class,
                roundId, unit);
    }

    private void finding(long reportId, long roundId, int seq, String description, String category, String applicant,
                         String applicantPhone, String respondent, String respondentPhone, int people, String handling,
                         String resolution, java.math.BigDecimal amount, boolean enterprise, String indicators,
                         String outcome, String caseNumber, OffsetDateTime at) {
        jdbc.update("insert into screening_finding (report_id, round_id, seq, description, category, applicant_name,"
                + " applicant_phone, respondent_name, respondent_phone, people_involved, handling, resolution,"
                + " amount_involved, enterprise_related, risk_indicators, outcome, case_number, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reportId, roundId, seq, description,
                category, applicant, applicantPhone, respondent, respondentPhone, people, handling, resolution, amount,
                enterprise, indicators, outcome, caseNumber, at);
    }
}
