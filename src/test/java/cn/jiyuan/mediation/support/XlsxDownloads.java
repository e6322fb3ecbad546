package cn.jiyuan.mediation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel downloads of the API, fetched over real HTTP and read back with POI. */
public final class XlsxDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private XlsxDownloads() {
    }

    /** A GET as the user (HTTP Basic), with the Accept header given (or none), the body as bytes. */
    public static HttpResponse<byte[]> get(int port, String path, String user, String password, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The workbook of a 200 answer of the xlsx media type. */
    public static XSSFWorkbook workbook(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a sheet as the texts Excel shows (dates as yyyy-mm-dd), the header first. */
    public static List<List<String>> rows(Sheet sheet) {
        DataFormatter shown = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The data rows (no header) whose cell under {@code header} is {@code value}. */
    public static List<List<String>> rowsWhere(Sheet sheet, String header, String value) {
        List<List<String>> rows = rows(sheet);
        int column = rows.get(0).indexOf(header);
        assertThat(column).as("column " + header).isNotNegative();
        return rows.subList(1, rows.size()).stream().filter(r -> r.size() > column && r.get(column).equals(value)).toList();
    }

    /** The cells of one column, header left out. */
    public static List<String> column(Sheet sheet, String header) {
        List<List<String>> rows = rows(sheet);
        int column = rows.get(0).indexOf(header);
        assertThat(column).as("column " + header).isNotNegative();
        return rows.subList(1, rows.size()).stream().map(r -> r.size() > column ? r.get(column) : "").toList();
    }

    /** The header is frozen, the auto-filter spans the header and every row, the summary sheet is second. */
    public static void assertTableLayout(XSSFWorkbook book, String sheetName, int columns) {
        assertThat(book.getNumberOfSheets()).isEqualTo(2);
        assertThat(book.getSheetName(0)).isEqualTo(sheetName);
        assertThat(book.getSheetName(1)).isEqualTo("汇总");
        XSSFSheet sheet = book.getSheetAt(0);
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("frozen header").isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
        String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
        assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) columns);
    }

    /** The value beside a name on the summary sheet (e.g. 记录数), or null. */
    public static String summary(XSSFWorkbook book, String name) {
        for (List<String> row : rows(book.getSheet("汇总"))) {
            if (row.size() > 1 && row.get(0).equals(name)) {
                return row.get(1);
            }
        }
        return null;
    }
}
