package cn.jiyuan.mediation.provincial;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import cn.jiyuan.mediation.spreadsheet.Column;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The export as a CSV file (人民调解案件统计-2026-02.csv) for the provincial system's import: the columns of
 * {@link ExportRow}, RFC 4180 (comma, double quotes where needed, CRLF), UTF-8 with a byte-order mark, dates
 * {@code 2026-02-17}, amounts {@code 12000.50}, an absent value empty.
 *
 * <p>The file is written to a temporary file first and sent when complete: what fails while the cases are read
 * is answered as a problem rather than as a truncated file that an import might take for the whole month.
 */
@Component
class ProvincialCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    /*
     * The byte-order mark: Excel opens a CSV file without one in the computer's legacy code page (GBK on a Chinese
     * Windows), which shows the UTF-8 Chinese as mojibake; with it Excel reads UTF-8. Importers that read UTF-8 take
     * U+FEFF at the start of a file as the mark, not as part of the first header.
     */
    static final char BOM = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ExportRow.COLUMNS.stream().map(Column::header).toArray(String[]::new)).get();

    private final ProvincialExport export;

    ProvincialCsv(ProvincialExport export) {
        this.export = export;
    }

    long send(HttpServletResponse response, ExportScope scope, ReportMonth month) throws IOException {
        Path file = Files.createTempFile("provincial-export-", ".csv");
        try {
            long rows;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8))) {
                rows = write(out, scope, month);
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetDownload.contentDisposition(
                    FileNames.chinese(month, "csv"), FileNames.ascii(month, "csv")));
            response.setContentLengthLong(Files.size(file));
            try (OutputStream body = response.getOutputStream()) {
                Files.copy(file, body);
            }
            return rows;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the mark, the header and every case of the month to {@code out}. @return the cases written */
    long write(Writer out, ExportScope scope, ReportMonth month) throws IOException {
        out.write(BOM);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        long[] rows = {0};
        try {
            export.stream(scope, month, (c, gaps) -> {
                try {
                    printer.printRecord(ExportRow.values(c, gaps).stream().map(ProvincialCsv::text).toList());
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return rows[0];
    }

    /** A value as the file holds it. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }

    /** The header texts, in column order. */
    static List<String> headers() {
        return ExportRow.COLUMNS.stream().map(Column::header).toList();
    }
}
