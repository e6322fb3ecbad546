package cn.jiyuan.mediation.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.spreadsheet.RowSource;
import cn.jiyuan.mediation.spreadsheet.XlsxTable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An API answer as an Excel download: whether the client asked for one ({@code format=xlsx}, or an {@code Accept}
 * header preferring the xlsx media type), and the download itself, streamed with its file name in Chinese
 * ({@code filename*=UTF-8''…}, RFC 5987/6266) and an ASCII fallback for old clients.
 *
 * <pre>{@code
 * if (SpreadsheetDownload.wanted(format, accept)) {
 *     SpreadsheetDownload.send(response, "矛盾纠纷台账-" + today + ".xlsx", "case-ledger-" + today + ".xlsx", table, source);
 *     return null;
 * }
 * }</pre>
 */
public final class SpreadsheetDownload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);
    public static final String FORMAT = "format";

    private SpreadsheetDownload() {
    }

    /**
     * @param format the request's {@code format} parameter: {@code xlsx}, {@code json} or absent
     * @param accept the request's {@code Accept} header (absent: JSON)
     * @return true for an Excel workbook, false for JSON
     * @throws InvalidRequestException naming {@code format} when it is neither
     */
    public static boolean wanted(String format, String accept) {
        Boolean xlsx = xlsx(format, accept);
        if (xlsx == null) {
            throw new InvalidRequestException(List.of(new FieldError(FORMAT, FORMAT_PROBLEM)));
        }
        return xlsx;
    }

    static final String FORMAT_PROBLEM = "只能是 xlsx（Excel 工作簿）或 json";

    /** As {@link #wanted}; null for a format that is neither. */
    static Boolean xlsx(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            if (f.equals("xlsx")) {
                return true;
            }
            return f.equals("json") ? false : null;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        types = new ArrayList<>(types);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (type.equalsTypeAndSubtype(XLSX_TYPE)) {
                return true;
            }
            if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Streams the workbook as the answer (200, attachment). The streaming workbook keeps its rows on a temporary
     * file until they are all produced, so the status and headers are set only when the first byte goes out: what
     * fails while the rows are produced (the database, a value that does not fit its column) is still answered as a
     * problem, without the download's headers. What fails after that cannot be: the client gets a broken file, the
     * failure goes to the log.
     *
     * @param fileName      the file's name as the user sees it, e.g. {@code 稳定风险台账-2026-12-03.xlsx}
     * @param asciiFileName the same for clients that do not read RFC 5987, e.g. {@code stability-risks-2026-12-03.xlsx}
     * @return the rows written
     */
    public static long send(HttpServletResponse response, String fileName, String asciiFileName, XlsxTable table,
                            RowSource rows) throws IOException {
        OutputStream out = new OutputStream() {

            private OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setStatus(HttpServletResponse.SC_OK);
                    response.setContentType(XLSX);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName, asciiFileName));
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                body().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                body().flush();
            }
        };
        long written = table.write(out, rows);
        out.flush();
        return written;
    }

    /** {@code attachment; filename="ascii.xlsx"; filename*=UTF-8''%E7%A8%B3…}. */
    public static String contentDisposition(String fileName, String asciiFileName) {
        return "attachment; filename=\"" + ascii(asciiFileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** Percent-encodes all but RFC 5987's attr-char (letters, digits and {@code !#$&+-.^_`|~}). */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Printable ASCII without quote and backslash (a quoted-string needs no escapes then). */
    static String ascii(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }
}
