package cn.jiyuan.mediation.provincial;

import static cn.jiyuan.mediation.provincial.KnownCases2022.MAY;
import static cn.jiyuan.mediation.provincial.KnownCases2022.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.ledger.KnownCases2024;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.XlsxDownloads;

/**
 * The provincial export ({@code GET /api/exports/provincial}, {@code …/check}) through real HTTP against the demo
 * platform, over the known cases around May 2022 ({@link KnownCases2022}) and of 2024 ({@link KnownCases2024}): the CSV
 * read back with Commons CSV and the workbook with POI hold every case concluded in the month exactly once and none of
 * another month, in the report's codes under Chinese headers, with no personal data; the check lists the incomplete
 * cases; each role exports its own scope; bad parameters are refused in Chinese naming the field.
 */
@DemoPlatformTest
abstract class ProvincialExportTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAY_2022 = "2022-05";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void knownCases() {
        KnownCases2022.ensureLoaded(jdbc);
        KnownCases2024.ensureLoaded(jdbc);
    }

    @Test
    void theCsvHoldsEveryCaseConcludedInTheMonthOnceUnderChineseHeaders() {
        HttpResponse<byte[]> response = download("zhaojiceng", "month=" + MAY_2022 + "&format=csv", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename=\"provincial-export-2022-05.csv\"").contains("filename*=UTF-8''%E4%BA%BA"));
        // UTF-8 with the byte-order mark, so that Excel reads the Chinese
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);

        Csv csv = Csv.of(response.body());
        assertThat(csv.headers).containsExactlyElementsOf(ProvincialCsv.headers());
        assertThat(csv.headers).startsWith("案号", "受理日期", "结案日期").contains("纠纷类型代码", "纠纷类型", "调解方式",
                "调解结果", "协议形式", "涉及人数", "涉及金额（元）", "受理来源").endsWith("核查结果");
        // the fixture's May cases in the order of their conclusion, none of another month, none open
        assertThat(keys(csv.column("案号"))).containsExactlyElementsOf(MAY);
        assertThat(csv.column("结案日期")).allSatisfy(day -> assertThat(day).startsWith("2022-05-"));
        // every case of the city concluded in the month, each once
        assertThat(csv.column("案号")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(concludedIn(YearMonth.of(2022, 5)));
    }

    @Test
    void theCodesAreTheReportsMappedFromOurs() {
        Csv may = Csv.of(download("zhaojiceng", "month=" + MAY_2022 + "&format=csv", null).body());
        // the last of two sessions was held separately; a written agreement whose confirmation was applied for
        assertThat(may.row("P1")).containsAllEntriesOf(values("受理日期", "2022-05-06", "结案日期", "2022-05-10", "办理天数", "4",
                "镇（街道）代码", KnownCases2022.KEJING, "镇（街道）", "克井镇", "村（社区）", "东许村", "调解组织层级", "村(社区)调委会",
                "纠纷类型代码", "02", "纠纷类型", "邻里纠纷", "本系统纠纷类型", "邻里", "受理来源代码", "02", "受理来源", "申请调解",
                "本系统案件来源", "来访", "调解方式代码", "02", "调解方式", "背靠背调解", "本系统调解方式", "背靠背", "调解次数", "2",
                "调解结果代码", "01", "调解结果", "调解成功", "协议形式代码", "01", "协议形式", "书面协议", "申请司法确认", "是",
                "涉及人数", "2", "涉及金额（元）", "", "是否涉企", "否", "核查结果", "完整"));
        // reopened after a rebound, concluded anew by an oral agreement reached by video: one row, 25 days
        assertThat(may.row("P2")).containsAllEntriesOf(values("受理日期", "2022-04-25", "结案日期", "2022-05-20", "办理天数",
                "25", "纠纷类型代码", "04", "纠纷类型", "合同纠纷", "受理来源代码", "03", "受理来源", "人民法院委托移送",
                "调解方式代码", "03", "调解方式", "线上调解", "本系统调解方式", "线上视频", "调解次数", "2", "协议形式代码", "02",
                "协议形式", "口头协议", "申请司法确认", "否", "涉及人数", "3", "涉及金额（元）", "12000.50", "核查结果", "完整"));
        // by phone: 线上 in the report; no agreement, so no form; a damages dispute without an amount
        assertThat(may.row("P3")).containsAllEntriesOf(values("纠纷类型代码", "06", "纠纷类型", "损害赔偿纠纷", "受理来源代码",
                "02", "本系统案件来源", "12348热线", "调解方式代码", "03", "本系统调解方式", "电话", "调解结果代码", "02", "调解结果",
                "调解不成功", "协议形式代码", "", "协议形式", "", "申请司法确认", "", "结案日期", "2022-05-31"));
        assertThat(may.row("P3").get("核查结果")).startsWith("待补录：").contains("涉及金额");
        assertThat(may.row("P5")).containsAllEntriesOf(values("纠纷类型代码", "18", "纠纷类型", "其他纠纷", "受理来源代码",
                "01", "受理来源", "主动调解", "调解方式代码", "", "调解次数", "0", "调解结果代码", "04", "调解结果",
                "不予调解（当事人拒绝调解）", "办理天数", "0", "核查结果", "完整"));
        assertThat(may.row("P6")).containsAllEntriesOf(values("镇（街道）", "沁园街道", "纠纷类型代码", "01", "受理来源代码",
                "05", "受理来源", "信访部门委托移送", "调解方式代码", "01", "调解方式", "面对面调解", "调解结果代码", "03",
                "调解结果", "终止调解（当事人撤回）", "涉及人数", "4", "核查结果", "完整"));
        assertThat(may.row("P8")).containsAllEntriesOf(values("受理日期", "2022-04-28", "纠纷类型代码", "13", "纠纷类型",
                "道路交通事故纠纷", "受理来源代码", "04", "受理来源", "公安机关委托移送", "涉及金额（元）", "5000.00"));

        Csv june = Csv.of(download("zhaojiceng", "month=2022-06&format=csv", null).body());
        assertThat(keys(june.column("案号"))).containsExactly("P4", "P9");
        // 劳资债务 is 劳动争议纠纷, 排查发现 is 主动调解; concluded 00:10 on 1 June in Jiyuan (31 May in UTC)
        assertThat(june.row("P4")).containsAllEntriesOf(values("结案日期", "2022-06-01", "纠纷类型代码", "10", "纠纷类型",
                "劳动争议纠纷", "本系统纠纷类型", "劳资债务", "受理来源代码", "01", "本系统案件来源", "排查发现", "调解组织层级",
                "镇(街道)调委会/司法所", "村（社区）", "", "涉及人数", "", "涉及金额（元）", "30000.00"));
        assertThat(june.row("P4").get("核查结果")).contains("涉及人数", "调解方式", "协议形式");
        assertThat(june.row("P9")).containsAllEntriesOf(values("纠纷类型代码", "18", "本系统纠纷类型", "上学就业",
                "受理来源代码", "02", "本系统案件来源", "掌上公共法律服务/微信"));
        // concluded 23:30 on 30 April in Jiyuan: April's
        assertThat(keys(Csv.of(download("zhaojiceng", "month=2022-04&format=csv", null).body()).column("案号")))
                .containsExactly("P0");
    }

    @Test
    void theWorkbookHoldsTheSameRowsAndTheMonthsFigures() throws IOException {
        HttpResponse<byte[]> response = download("zhaojiceng", "month=" + MAY_2022, null);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename=\"provincial-export-2022-05.xlsx\""));
        Csv csv = Csv.of(download("zhaojiceng", "month=" + MAY_2022 + "&format=csv", null).body());
        try (XSSFWorkbook book = XlsxDownloads.workbook(response)) {
            XlsxDownloads.assertTableLayout(book, ProvincialWorkbook.SHEET, ExportRow.COLUMNS.size());
            List<List<String>> rows = XlsxDownloads.rows(book.getSheet(ProvincialWorkbook.SHEET));
            assertThat(rows.get(0)).containsExactlyElementsOf(csv.headers);
            assertThat(rows).hasSize(csv.records.size() + 1);
            List<String> numbers = XlsxDownloads.column(book.getSheet(ProvincialWorkbook.SHEET), "案号");
            assertThat(numbers).containsExactlyElementsOf(csv.column("案号"));
            // the codes are text, their leading zero kept; dates are dates, amounts numbers
            List<String> p2 = XlsxDownloads.rowsWhere(book.getSheet(ProvincialWorkbook.SHEET), "案号", number("P2")).get(0);
            assertThat(p2.get(csv.headers.indexOf("纠纷类型代码"))).isEqualTo("04");
            assertThat(p2.get(csv.headers.indexOf("结案日期"))).isEqualTo("2022-05-20");
            assertThat(p2.get(csv.headers.indexOf("涉及金额（元）"))).isEqualTo("12,000.50");
            assertThat(p2.get(csv.headers.indexOf("核查结果"))).isEqualTo("完整");
            assertThat(book.getSheet(ProvincialWorkbook.SHEET).getRow(numbers.indexOf(number("P2")) + 1)
                    .getCell(csv.headers.indexOf("结案日期")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2022, 5, 20));
            assertThat(XlsxDownloads.summary(book, "记录数")).isEqualTo(String.valueOf(csv.records.size()));
            assertThat(XlsxDownloads.summary(book, "范围")).isEqualTo("全市");
            assertThat(XlsxDownloads.summary(book, "结案月份")).startsWith("2022-05").contains("2022-05-31");
            assertThat(XlsxDownloads.summary(book, "待补录")).isEqualTo("1");
            assertThat(XlsxDownloads.summary(book, "完整")).isEqualTo(String.valueOf(csv.records.size() - 1));
            assertThat(XlsxDownloads.summary(book, "邻里纠纷")).isEqualTo("1");
            assertThat(XlsxDownloads.summary(book, "旅游纠纷")).isEqualTo("0");
            assertThat(XlsxDownloads.summary(book, "不予调解（当事人拒绝调解）")).isEqualTo("1");
            assertPersonalDataAbsent(rows.toString() + XlsxDownloads.rows(book.getSheet("汇总")));
        }
        assertPersonalDataAbsent(new String(csv.bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theCheckListsTheCasesThatLackRequiredFields() {
        JsonNode may = check("zhaojiceng", MAY_2022);
        assertThat(may.get("month").asText()).isEqualTo(MAY_2022);
        assertThat(may.get("scope").asText()).isEqualTo("全市");
        assertThat(may.get("total").asLong()).isEqualTo(6);
        assertThat(may.get("complete").asLong()).isEqualTo(5);
        assertThat(may.get("incomplete").asLong()).isEqualTo(1);
        JsonNode p3 = may.get("cases").get(0);
        assertThat(p3.get("caseNumber").asText()).isEqualTo(number("P3"));
        assertThat(p3.get("concludedOn").asText()).isEqualTo("2022-05-31");
        assertThat(p3.get("townName").asText()).isEqualTo("克井镇");
        assertThat(p3.get("missing").findValuesAsText("field")).containsExactly("amountInvolved");
        assertThat(p3.get("missing").get(0).get("label").asText()).isEqualTo("涉及金额");
        assertThat(p3.get("missing").get(0).get("reason").asText()).contains("损害赔偿", "涉及金额");

        JsonNode june = check("chensiyuan", "2022-06");
        assertThat(june.get("scope").asText()).isEqualTo("克井镇");
        assertThat(june.get("total").asLong()).isEqualTo(2);
        assertThat(june.get("cases")).hasSize(1);
        assertThat(june.get("cases").get(0).get("caseNumber").asText()).isEqualTo(number("P4"));
        assertThat(june.get("cases").get(0).get("missing").findValuesAsText("field"))
                .containsExactly("peopleInvolved", "sessionMode", "agreementForm");
        assertThat(june.get("cases").get(0).get("missing").findValuesAsText("reason"))
                .allSatisfy(reason -> assertThat(reason).matches(".*\\p{IsHan}.*").doesNotContain("${"));

        JsonNode qinyuan = check("caogang", MAY_2022);
        assertThat(qinyuan.get("scope").asText()).isEqualTo("沁园街道");
        assertThat(qinyuan.get("total").asLong()).isEqualTo(1);
        assertThat(qinyuan.get("incomplete").asLong()).isZero();
        assertThat(qinyuan.get("cases")).isEmpty();
    }

    @Test
    void eachRoleExportsItsOwnScope() {
        // a justice office: its town's cases, whichever committee handled them; the towns add up to the city
        List<String> kejing = keys(Csv.of(download("chensiyuan", "month=" + MAY_2022 + "&format=csv", null).body())
                .column("案号"));
        List<String> qinyuan = keys(Csv.of(download("caogang", "month=" + MAY_2022 + "&format=csv", null).body())
                .column("案号"));
        assertThat(kejing).containsExactly("P8", "P1", "P5", "P2", "P3");
        assertThat(qinyuan).containsExactly("P6");
        // the city centre as the grassroots section: the city
        assertThat(keys(Csv.of(download("sunzhengxin", "month=" + MAY_2022 + "&format=csv", null).body())
                .column("案号"))).containsExactlyElementsOf(MAY);
        try (XSSFWorkbook book = XlsxDownloads.workbook(download("chensiyuan", "month=" + MAY_2022, null))) {
            assertThat(XlsxDownloads.column(book.getSheet(ProvincialWorkbook.SHEET), "镇（街道）")).containsOnly("克井镇");
            assertThat(XlsxDownloads.summary(book, "范围")).isEqualTo("克井镇");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        // a village mediator and an administrator report nothing: 403 in Chinese, for the file and the check
        for (String[] user : new String[][] {{"zhangli", "demo"}, {"admin", "admin-secret"}}) {
            for (String path : List.of("/api/exports/provincial?month=" + MAY_2022 + "&format=csv",
                    "/api/exports/provincial?month=" + MAY_2022, "/api/exports/provincial/check?month=" + MAY_2022)) {
                HttpResponse<String> refused = new Http(port).get(path, user[0], user[1]);
                assertThat(refused.statusCode()).as(user[0] + " " + path).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                        .startsWith("application/problem+json"));
                assertThat(parse(refused.body()).get("detail").asText()).contains("司法所", "基层科");
                assertThat(refused.body()).doesNotContain(number("P1"));
            }
        }
        assertThat(new Http(port).get("/api/exports/provincial?month=" + MAY_2022, null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void everyCaseConcludedIn2024IsInExactlyOneMonthsExport() {
        Map<String, String> monthOf = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2024, m);
            List<String> numbers = Csv.of(download("zhaojiceng", "month=" + month + "&format=csv", null).body())
                    .column("案号");
            assertThat(numbers).as(month.toString()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(concludedIn(month));
            for (String n : numbers) {
                assertThat(monthOf.put(n, month.toString())).as(n + " in two months").isNull();
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("K1", "2024-01");
        expected.put("Q1", "2024-01");
        expected.put("K2", "2024-03");
        // agreed in April, reopened after a rebound, agreed again in May: May's alone
        expected.put("K4", "2024-05");
        expected.put("Q3", "2024-07");
        expected.put("K6", "2024-08");
        // refused 23:40 on 31 December
        expected.put("K8", "2024-12");
        expected.forEach((key, month) -> assertThat(monthOf.get(KnownCases2024.number(key))).as(key).isEqualTo(month));
        for (String open : List.of("K3", "K5", "K7", "Q2", "K9", "K0")) {
            assertThat(monthOf).as(open).doesNotContainKey(KnownCases2024.number(open));
        }
    }

    @Test
    void theFormatFollowsTheParameterOrTheAcceptHeader() {
        HttpResponse<byte[]> csv = download("zhaojiceng", "month=" + MAY_2022, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        HttpResponse<byte[]> xlsx = download("zhaojiceng", "month=" + MAY_2022, "application/json");
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XlsxDownloads.XLSX);
        HttpResponse<byte[]> explicit = download("zhaojiceng", "month=" + MAY_2022 + "&format=XLSX", "text/csv");
        assertThat(explicit.headers().firstValue("Content-Type")).hasValue(XlsxDownloads.XLSX);
    }

    @Test
    void badParametersAreRefusedNamingTheFieldInChinese() {
        JsonNode both = refused("/api/exports/provincial?month=2022-13&format=pdf");
        assertThat(both.findValuesAsText("field")).containsExactlyInAnyOrder("month", "format");
        assertThat(message(both, "month")).contains("年-月", "2026-02");
        assertThat(message(both, "format")).contains("xlsx", "csv");
        assertThat(message(refused("/api/exports/provincial"), "month")).contains("必须填写");
        assertThat(message(refused("/api/exports/provincial/check?month="), "month")).contains("必须填写");
        for (String bad : List.of("2022-5", "202205", "2022-05-01", "abc", "%2B2022-05", "0000-00")) {
            assertThat(refused("/api/exports/provincial/check?month=" + bad).findValuesAsText("field")).as(bad)
                    .containsExactly("month");
        }
        String next = YearMonth.from(CaseTime.today()).plusMonths(1).toString();
        assertThat(message(refused("/api/exports/provincial?month=" + next), "month")).contains("不能晚于本月");
        // the current month may be exported (so far)
        assertThat(new Http(port).get("/api/exports/provincial/check?month=" + YearMonth.from(CaseTime.today()),
                "zhaojiceng", "demo").statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------ helpers

    HttpResponse<byte[]> download(String user, String query, String accept) {
        return XlsxDownloads.get(port, "/api/exports/provincial?" + query, user, "demo", accept);
    }

    JsonNode check(String user, String month) {
        HttpResponse<String> response = new Http(port).get("/api/exports/provincial/check?month=" + month, user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    /** The errors of a 400 answer. */
    JsonNode refused(String path) {
        HttpResponse<String> response = new Http(port).get(path, "zhaojiceng", "demo");
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("${", "Exception");
        return parse(response.body()).get("errors");
    }

    /** Every case number the database holds as concluded in the month (the city), independently of the export. */
    List<String> concludedIn(YearMonth month) {
        return jdbc.queryForList("select case_number from case_file where conclusion is not null and concluded_on >= ?"
                + " and concluded_on < ?", String.class, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    private static void assertPersonalDataAbsent(String text) {
        for (String key : KnownCases2022.KEYS) {
            assertThat(text).doesNotContain(KnownCases2022.applicant(key), KnownCases2022.phone(key), "司徒" + key);
        }
        assertThat(text).doesNotContain(KnownCases2022.ID_NUMBER, "省报测试案件");
    }

    /** The fixture keys (P1 …) of case numbers, in order; other cases left out. */
    static List<String> keys(List<String> numbers) {
        List<String> keys = new ArrayList<>();
        for (String n : numbers) {
            for (String key : KnownCases2022.KEYS) {
                if (n.equals(number(key))) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    static Map<String, String> values(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String message(JsonNode errors, String field) {
        for (JsonNode error : errors) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + errors);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded CSV file read back with Commons CSV. */
    record Csv(byte[] bytes, List<String> headers, List<CSVRecord> records) {

        static Csv of(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1)))) {
                return new Csv(bytes, parser.getHeaderNames(), parser.getRecords());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> column(String header) {
            return records.stream().map(r -> r.get(header)).toList();
        }

        Map<String, String> row(String key) {
            List<Map<String, String>> rows = records.stream().filter(r -> r.get("案号").equals(number(key)))
                    .map(CSVRecord::toMap).toList();
            assertThat(rows).as(key).hasSize(1);
            return rows.get(0);
        }
    }
}
