package cn.jiyuan.mediation.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.spreadsheet.Column;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;

/** Whether a request asks for a workbook, and the download's file name. */
class SpreadsheetDownloadTest {

    static final String XLSX = SpreadsheetDownload.XLSX;

    @Test
    void theFormatParameterDecidesAndTheAcceptHeaderWhenItIsAbsent() {
        assertThat(SpreadsheetDownload.wanted("xlsx", null)).isTrue();
        assertThat(SpreadsheetDownload.wanted(" XLSX ", "application/json")).isTrue();
        assertThat(SpreadsheetDownload.wanted("json", XLSX)).isFalse();
        assertThat(SpreadsheetDownload.wanted(null, XLSX)).isTrue();
        assertThat(SpreadsheetDownload.wanted("", XLSX + ";q=0.9, */*;q=0.1")).isTrue();
        assertThat(SpreadsheetDownload.wanted(null, "application/json, " + XLSX + ";q=0.5")).isFalse();
        assertThat(SpreadsheetDownload.wanted(null, "*/*")).isFalse();
        assertThat(SpreadsheetDownload.wanted(null, null)).isFalse();
        assertThat(SpreadsheetDownload.wanted(null, "not a media type")).isFalse();
        assertThatThrownBy(() -> SpreadsheetDownload.wanted("pdf", null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("format").hasMessageContaining("只能是 xlsx");
    }

    @Test
    void theFileNameIsChineseAfterRfc5987WithAnAsciiFallback() {
        assertThat(SpreadsheetDownload.contentDisposition("稳定风险台账-2026-12-03.xlsx", "stability-risks-2026-12-03.xlsx"))
                .isEqualTo("attachment; filename=\"stability-risks-2026-12-03.xlsx\"; filename*=UTF-8''"
                        + "%E7%A8%B3%E5%AE%9A%E9%A3%8E%E9%99%A9%E5%8F%B0%E8%B4%A6-2026-12-03.xlsx");
        assertThat(SpreadsheetDownload.contentDisposition("a b\"c.xlsx", "a \"b\"\\c\u00e9.xlsx"))
                .isEqualTo("attachment; filename=\"a _b__c_.xlsx\"; filename*=UTF-8''a%20b%22c.xlsx");
    }

    @Test
    void badQueryParametersAreCollectedAndNamedTogether() {
        QueryParameters p = new QueryParameters();
        assertThat(p.spreadsheet("docx", null)).isFalse();
        assertThat(p.date("from", "2026-02-30")).isNull();
        assertThat(p.integer("size", "0", 50, 1, 500)).isEqualTo(50);
        assertThat(p.identifier("townCode", "克井")).isNull();
        assertThat(p.code("riskLevel", "HIGH", Level.class))
                .isEqualTo(Level.HIGH);
        assertThat(p.hasProblems()).isTrue();
        assertThatThrownBy(p::check).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting(
                        cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError::field)
                        .containsExactly("format", "from", "size", "townCode"));
        QueryParameters good = new QueryParameters();
        good.period("from", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 1));
        good.check();
        assertThat(good.hasProblems()).isFalse();
    }

    @Test
    void theDownloadsHeadersGoOutWithItsFirstByteSoThatAFailureWhileTheRowsAreProducedIsStillAProblem()
            throws Exception {
        XlsxTable table = XlsxTable.of("台账", List.of(Column.text("案件编号", 20)));
        MockHttpServletResponse failed = new MockHttpServletResponse();
        assertThatThrownBy(() -> SpreadsheetDownload.send(failed, "台账.xlsx", "ledger.xlsx", table, sink -> {
            sink.row("（2026）第1号");
            throw new IllegalStateException("the database went away");
        })).hasMessageContaining("went away");
        assertThat(failed.isCommitted()).isFalse();
        assertThat(failed.getHeader("Content-Disposition")).isNull();
        assertThat(failed.getContentType()).isNull();
        assertThat(failed.getContentAsByteArray()).isEmpty();

        MockHttpServletResponse sent = new MockHttpServletResponse();
        assertThat(SpreadsheetDownload.send(sent, "台账.xlsx", "ledger.xlsx", XlsxTable.of("台账",
                List.of(Column.text("案件编号", 20))), sink -> sink.row("（2026）第1号"))).isEqualTo(1);
        assertThat(sent.getContentType()).isEqualTo(XLSX);
        assertThat(sent.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"ledger.xlsx\";"
                + " filename*=UTF-8''%E5%8F%B0%E8%B4%A6.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sent.getContentAsByteArray()))) {
            assertThat(book.getSheet("台账").getRow(1).getCell(0).getStringCellValue()).isEqualTo("（2026）第1号");
        }
    }

    enum Level { LOW, HIGH }
}
