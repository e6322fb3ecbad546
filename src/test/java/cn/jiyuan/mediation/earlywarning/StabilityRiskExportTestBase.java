package cn.jiyuan.mediation.earlywarning;

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
import org.apache.poi.ss.usermodel.DateUtil;
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
 * The stability-risk ledger's download ({@code GET /api/ledger/stability-risks}): the workbook read back with POI,
 * its rows limited to what the reader may see, personal data masked, the JSON form of the same rows, and the
 * errors. The entries are written straight into the ledger's tables (with cases of their own, no process), so that
 * no engine job of another test touches them.
 */
@DemoPlatformTest
abstract class StabilityRiskExportTestBase {

    static final String QINYUAN = "419001001";
    static final List<String> HEADERS = List.of("案件编号", "镇（街道）", "风险等级", "预警原因", "预警次数", "登记日期",
            "更新日期", "销号日期", "状态", "处置结果", "防控化解措施", "责任人", "应急预案", "应急预案启动日期",
            "党委政府批示", "批示人", "联合处置情况", "联合处置部门");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Entry(long caseId, String number, String applicant, String phone, String idNumber) {
    }

    @Test
    void theJusticeOfficeDownloadsItsTownsLedgerMaskedWithFrozenHeaderFilterAndSummary() throws IOException {
        Entry kejing = enter(CaseRequests.KEJING, "VC419001100201", "HIGH", false);
        Entry qinyuan = enter(QINYUAN, "VC419001001001", "CRITICAL", false);

        HttpResponse<byte[]> response = XlsxDownloads.get(port, "/api/ledger/stability-risks?format=xlsx", "chensiyuan",
                "demo", null);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"stability-risks-"
                + today + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode("稳定风险台账-" + today + ".xlsx",
                StandardCharsets.UTF_8));
        try (XSSFWorkbook book = XlsxDownloads.workbook(response)) {
            assertTableLayout(book, "稳定风险台账", HEADERS.size());
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(rows(sheet).get(0)).containsExactlyElementsOf(HEADERS);
            // 克井司法所 never gets another town's row
            assertThat(column(sheet, "镇（街道）")).isNotEmpty().containsOnly("克井镇");
            assertThat(column(sheet, "案件编号")).contains(kejing.number()).doesNotContain(qinyuan.number());

            List<String> row = rowsWhere(sheet, "案件编号", kejing.number()).get(0);
            assertThat(row.get(1)).isEqualTo("克井镇");
            assertThat(row.get(2)).isEqualTo("高风险");
            assertThat(row.get(3)).contains("扬言暴力或报复", kejing.applicant().charAt(0) + "某",
                    kejing.phone().substring(0, 3) + "****" + kejing.phone().substring(7));
            assertThat(row.get(4)).isEqualTo("2");
            assertThat(row.get(5)).isEqualTo("2026-11-20");
            assertThat(row.get(6)).isEqualTo("2026-11-21");
            assertThat(row.get(7)).isEmpty();
            assertThat(row.get(8)).isEqualTo("在册");
            assertThat(row.get(10)).contains("每日联系", kejing.idNumber().substring(0, 6) + "********");
            assertThat(row.get(11)).isEqualTo("克井司法所负责人 139****0001");
            assertThat(row.get(15)).isEqualTo("镇党委书记");
            // nothing of the parties in the clear, anywhere in the workbook
            String all = rows(sheet).toString() + rows(book.getSheet("汇总"));
            assertThat(all).doesNotContain(kejing.applicant(), kejing.phone(), kejing.idNumber(), "13900000001");
            // a real date in a date cell
            int rowNum = column(sheet, "案件编号").indexOf(kejing.number()) + 1;
            Cell entered = sheet.getRow(rowNum).getCell(5);
            assertThat(DateUtil.isCellDateFormatted(entered)).isTrue();
            assertThat(entered.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));

            assertThat(summary(book, "记录数")).isEqualTo(String.valueOf(sheet.getLastRowNum()));
            assertThat(summary(book, "查看范围")).isEqualTo("克井镇");
            assertThat(rows(book.getSheet("汇总")).get(0)).containsExactly("济源市人民调解稳定风险台账");
            assertThat(summary(book, "生成时间")).startsWith(today);
            assertThat(rows(book.getSheet("汇总"))).contains(List.of("状态", "数量"), List.of("风险等级", "数量"));
        }

        // 沁园司法所 the other way round
        try (XSSFWorkbook book = XlsxDownloads.workbook(XlsxDownloads.get(port, "/api/ledger/stability-risks?format=xlsx",
                "caogang", "demo", null))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(column(sheet, "镇（街道）")).containsOnly("沁园街道");
            assertThat(column(sheet, "案件编号")).contains(qinyuan.number()).doesNotContain(kejing.number());
            assertThat(rowsWhere(sheet, "风险等级", "重大风险")).isNotEmpty();
        }
    }

    @Test
    void theBureauDownloadsTheCityAndFiltersByAcceptHeaderStatusAndPeriod() throws IOException {
        Entry kejing = enter(CaseRequests.KEJING, "VC419001100201", "HIGH", true);
        Entry qinyuan = enter(QINYUAN, "VC419001001001", "HIGH", true);
        try (XSSFWorkbook book = XlsxDownloads.workbook(XlsxDownloads.get(port,
                "/api/ledger/stability-risks?status=CLOSED&from=2026-11-20&to=2026-11-20", "zhaojiceng", "demo", XLSX))) {
            assertTableLayout(book, "稳定风险台账", HEADERS.size());
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(column(sheet, "案件编号")).contains(kejing.number(), qinyuan.number());
            assertThat(column(sheet, "状态")).containsOnly("已销号");
            assertThat(column(sheet, "登记日期")).containsOnly("2026-11-20");
            List<String> closed = rowsWhere(sheet, "案件编号", qinyuan.number()).get(0);
            assertThat(closed.get(1)).isEqualTo("沁园街道");
            assertThat(closed.get(7)).isEqualTo("2026-11-25");
            assertThat(closed.get(9)).isEqualTo("调解成功（书面协议）");
            assertThat(summary(book, "查看范围")).isEqualTo("全市");
            assertThat(summary(book, "状态")).isEqualTo("已销号");
            assertThat(summary(book, "登记日期")).isEqualTo("2026-11-20 至 2026-11-20");
            assertThat(summary(book, "已销号")).isEqualTo(String.valueOf(sheet.getLastRowNum()));
            assertThat(summary(book, "在册")).isEqualTo("0");
        }
        // a town of the city, asked for by the bureau
        try (XSSFWorkbook book = XlsxDownloads.workbook(XlsxDownloads.get(port,
                "/api/ledger/stability-risks?format=xlsx&townCode=" + QINYUAN + "&riskLevel=HIGH", "admin",
                "admin-secret", null))) {
            assertThat(column(book.getSheetAt(0), "镇（街道）")).containsOnly("沁园街道");
            assertThat(column(book.getSheetAt(0), "风险等级")).containsOnly("高风险");
            assertThat(summary(book, "镇（街道）")).isEqualTo("沁园街道");
        }
    }

    @Test
    void theJsonFormHoldsTheSameMaskedRowsWithLabels() {
        Entry kejing = enter(CaseRequests.KEJING, "VC419001100201", "HIGH", false);
        HttpResponse<byte[]> response = XlsxDownloads.get(port, "/api/ledger/stability-risks?townCode="
                + CaseRequests.KEJING, "chensiyuan", "demo", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = CaseRequests.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(page.get("total").asInt()).isEqualTo(page.get("items").size());
        JsonNode item = null;
        for (JsonNode i : page.get("items")) {
            assertThat(i.get("townCode").asText()).isEqualTo(CaseRequests.KEJING);
            if (i.get("caseNumber").asText().equals(kejing.number())) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("townName").asText()).isEqualTo("克井镇");
        assertThat(item.get("riskLevelName").asText()).isEqualTo("高风险");
        assertThat(item.get("statusName").asText()).isEqualTo("在册");
        assertThat(item.get("enteredOn").asText()).isEqualTo("2026-11-20");
        assertThat(item.toString()).doesNotContain(kejing.applicant(), kejing.phone(), kejing.idNumber());
    }

    @Test
    void whoMayNotReadTheLedgerIsRefusedAndBadParametersAreNamedInChinese() {
        assertThat(XlsxDownloads.get(port, "/api/ledger/stability-risks?format=xlsx", null, null, null).statusCode())
                .isEqualTo(401);
        HttpResponse<byte[]> mediator = XlsxDownloads.get(port, "/api/ledger/stability-risks?format=xlsx", "zhangli",
                "demo", null);
        assertThat(mediator.statusCode()).isEqualTo(403);
        assertThat(text(mediator)).contains("专门台账仅供");
        HttpResponse<byte[]> otherTown = XlsxDownloads.get(port, "/api/ledger/stability-risks?format=xlsx&townCode="
                + QINYUAN, "chensiyuan", "demo", XLSX);
        assertThat(otherTown.statusCode()).isEqualTo(403);
        assertThat(text(otherTown)).contains("无权查看该镇（街道）");

        HttpResponse<byte[]> bad = XlsxDownloads.get(port, "/api/ledger/stability-risks?format=pdf&status=GONE"
                + "&riskLevel=SEVERE&from=2026-13-01&townCode=419999999", "chensiyuan", "demo", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("\"format\"", "只能是 xlsx", "\"status\"", "OPEN、CLOSED", "\"riskLevel\"",
                "\"from\"", "年-月-日", "\"townCode\"", "没有该镇（街道）");
        // asked for a workbook, the error is still a problem in Chinese
        HttpResponse<byte[]> badWorkbook = XlsxDownloads.get(port, "/api/ledger/stability-risks?from=2026-12-05"
                + "&to=2026-12-01", "chensiyuan", "demo", XLSX);
        assertThat(badWorkbook.statusCode()).isEqualTo(400);
        assertThat(badWorkbook.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(text(badWorkbook)).contains("\"from\"", "不能晚于结束日期");
    }

    // ------------------------------------------------------------------------------ helpers

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * A case of the town with a party of its own name, phone and ID number, entered on the ledger on 2026-11-20 at
     * the level given with two warnings, its reasons and plan naming the party; closed on 2026-11-25 if asked.
     */
    Entry enter(String town, String committee, String level, boolean closed) {
        long n = System.nanoTime();
        int sequence = (int) (n % 900_000_000) + 1;
        String number = "（2099）稳定台账测试第" + sequence + "号";
        String applicant = "欧阳" + (char) ('甲' + (int) (n % 10)) + (char) ('子' + (int) (n / 10 % 12));
        String phone = "1370" + String.format("%07d", n / 1000 % 10_000_000);
        String idNumber = "410881199001" + String.format("%06d", n / 100 % 1_000_000);
        OffsetDateTime entered = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
        jdbc.update("insert into case_file (case_number, committee_code, case_year, sequence_no, channel, category,"
                + " summary, town_code, people_involved, enterprise_related, cross_village, cross_town,"
                + " sensitive_period, risk_level, early_warning, handling_level, green_channel, status, deadline,"
                + " created_at, created_by, updated_at, registered_on) values (?, ?, 2099, ?, 'WALK_IN', 'NEIGHBOR', ?,"
                + " ?, 2, false, false, false, false, ?, true, 'VILLAGE', false, ?, ?, ?, 'test', ?, ?)", number,
                committee, sequence, applicant + "与邻居因排水沟发生纠纷", town, level, closed ? "AGREED" : "REGISTERED",
                LocalDate.of(2026, 12, 20), entered, entered, LocalDate.of(2026, 11, 20));
        long caseId = jdbc.queryForObject("select id from case_file where case_number = ?", Long.class, number);
        jdbc.update("insert into case_party (case_id, position, name, role, phone, id_number) values (?, 1, ?,"
                + " 'APPLICANT', ?, ?)", caseId, applicant, phone, idNumber);
        jdbc.update("insert into stability_ledger (case_id, case_number, town_code, risk_level, reasons, warnings,"
                + " entered_at, updated_at, status, closed_at, outcome) values (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?)",
                caseId, number, town, level, "2026年11月20日 10:00 受理登记时研判为高风险：扬言暴力或报复\n"
                        + "2026年11月21日 09:00 申请人" + applicant + "（电话" + phone + "）称要上访",
                entered, entered.plusDays(closed ? 5 : 1), closed ? "CLOSED" : "OPEN", closed ? entered.plusDays(5) : null,
                closed ? "调解成功（书面协议）" : null);
        jdbc.update("insert into stability_plan (case_id, measures, responsible_person, instructions, instructed_by,"
                + " updated_by, updated_at) values (?, ?, ?, ?, ?, 'test', ?)", caseId,
                "每日联系" + applicant + "（身份证号" + idNumber + "），稳控情绪", "克井司法所负责人 13900000001",
                "依法妥善处置", "镇党委书记", entered);
        return new Entry(caseId, number, applicant, phone, idNumber);
    }
}
