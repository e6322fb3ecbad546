package cn.jiyuan.mediation.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming writer, its workbooks read back with POI's XSSF (the whole file in memory: small tables only). */
class XlsxTableTest {

    private static final List<Column> COLUMNS = List.of(Column.text("案件编号", 30), Column.date("登记日期", 12),
            Column.number("涉及金额（元）", 15, "#,##0.00"), Column.number("涉及人数", 9), Column.text("涉企", 6));

    @Test
    void writesHeaderRowsFrozenPaneFilterWidthsDatesNumbersAndTheSummary() throws IOException {
        XlsxTable table = XlsxTable.of("矛盾纠纷台账", COLUMNS).title("济源市矛盾纠纷台账")
                .generatedAt(OffsetDateTime.of(2026, 12, 3, 7, 30, 0, 0, ZoneOffset.UTC))
                .filter("镇（街道）", "克井镇").filter("纠纷类型", null).filter("登记日期", XlsxTable.period(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .countGroup("风险等级", List.of("重大风险", "高风险"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = table.write(out, sink -> {
            sink.row("（2026）东许调字第1号", LocalDate.of(2026, 3, 5), new BigDecimal("12345.5"), 3, true);
            sink.count("风险等级", "高风险");
            sink.row("（2026）东许调字第2号", OffsetDateTime.of(2026, 3, 5, 20, 0, 0, 0, ZoneOffset.UTC), null, 2L, false);
            sink.count("风险等级", "高风险");
            sink.count("纠纷类型", "邻里");
            sink.row(List.of("=1+1（不是公式）"));
            assertThat(sink.rows()).isEqualTo(3);
        });
        assertThat(written).isEqualTo(3);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("矛盾纠纷台账");
            assertThat(book.getSheetName(1)).isEqualTo("汇总");
            Row header = sheet.getRow(0);
            assertThat(texts(header)).containsExactly("案件编号", "登记日期", "涉及金额（元）", "涉及人数", "涉企");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitLeftColumn()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(15 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("（2026）东许调字第1号");
            Cell day = first.getCell(1);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(new DataFormatter().formatCellValue(day)).isEqualTo("2026-03-05");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12345.5);
            assertThat(new DataFormatter().formatCellValue(first.getCell(2))).isEqualTo("12,345.50");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("是");
            Row second = sheet.getRow(2);
            // 20:00 UTC is the next day in Jiyuan
            assertThat(second.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 6));
            assertThat(second.getCell(2)).as("null: an empty cell").isNull();
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("否");
            Cell text = sheet.getRow(3).getCell(0);
            assertThat(text.getCellType()).isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).isEqualTo("=1+1（不是公式）");
            assertThat(sheet.getRow(3).getCell(1)).isNull();

            List<List<String>> summary = rows(book.getSheet("汇总"));
            assertThat(summary.get(0)).containsExactly("济源市矛盾纠纷台账");
            assertThat(summary).contains(List.of("生成时间", "2026-12-03 15:30:00"), List.of("筛选条件"),
                    List.of("镇（街道）", "克井镇"), List.of("登记日期", "2026-01-01 至 2026-06-30"), List.of("记录数", "3"),
                    List.of("风险等级", "数量"), List.of("重大风险", "0"), List.of("高风险", "2"), List.of("纠纷类型", "数量"),
                    List.of("邻里", "1"));
            assertThat(summary.stream().map(r -> r.get(0)).filter("纠纷类型"::equals)).hasSize(1);
            assertThat(summary.indexOf(List.of("重大风险", "0"))).as("named keys keep their order")
                    .isLessThan(summary.indexOf(List.of("高风险", "2")));
        }
    }

    @Test
    void anEmptyTableHasItsHeaderFilterAndAZeroCount() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(XlsxTable.of("排查发现", COLUMNS).write(out, List.<List<?>>of().iterator())).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("排查发现");
            assertThat(texts(sheet.getRow(0))).hasSize(5);
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E1");
            List<List<String>> summary = rows(book.getSheet("汇总"));
            assertThat(summary.get(0)).containsExactly("排查发现");
            assertThat(summary).contains(List.of("（无）", "全部记录"), List.of("记录数", "0"));
        }
    }

    @Test
    void rowsFromAnIteratorAndTextsLongerThanACellHolds() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList("甲".repeat(40_000), "2026-02-17", "7", null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.of("台账", COLUMNS).write(out, rows.iterator());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).hasSize(32_767).endsWith("…");
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 17));
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(7.0);
        }
    }

    @Test
    void aValueThatDoesNotFitItsColumnOrASheetNameExcelRefusesIsAnError() {
        XlsxTable table = XlsxTable.of("台账", COLUMNS);
        assertThatThrownBy(() -> table.write(new ByteArrayOutputStream(), sink -> sink.row("一号", LocalDate.now(), "很多")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C2").hasMessageContaining("涉及金额（元）");
        assertThatThrownBy(() -> XlsxTable.of("台账", COLUMNS).write(new ByteArrayOutputStream(),
                sink -> sink.row("一号", "三月五日"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B2");
        assertThatThrownBy(() -> XlsxTable.of("台账", COLUMNS).write(new ByteArrayOutputStream(),
                sink -> sink.row(1, 2, 3, 4, 5, 6))).hasMessageContaining("6 values for 5 columns");
        assertThatThrownBy(() -> XlsxTable.of("台账/2026", COLUMNS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XlsxTable.of("汇总", COLUMNS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XlsxTable.of("台账", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.text("备注", 300)).isInstanceOf(IllegalArgumentException.class);
        assertThat(XlsxTable.period(null, LocalDate.of(2026, 6, 30))).isEqualTo("至 2026-06-30");
        assertThat(XlsxTable.period(LocalDate.of(2026, 1, 1), null)).isEqualTo("2026-01-01 起");
        assertThat(XlsxTable.period(null, null)).isNull();
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(new DataFormatter().formatCellValue(c)));
        return texts;
    }

    static List<List<String>> rows(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        sheet.forEach(r -> rows.add(texts(r)));
        return rows;
    }
}
