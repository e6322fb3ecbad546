package cn.jiyuan.mediation.provincial;

import java.util.Locale;

import org.springframework.http.MediaType;

import cn.jiyuan.mediation.platform.web.QueryParameters;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;

/** The file an export is written as: {@code format=xlsx} (the default) or {@code format=csv}. */
enum ExportFormat {
    XLSX, CSV;

    static final String FIELD = SpreadsheetDownload.FORMAT;

    /**
     * The {@code format} parameter, else a CSV when the {@code Accept} header asks for text/csv, else Excel. A format
     * that is neither is named in {@code problems}.
     */
    static ExportFormat read(String format, String accept, QueryParameters problems) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> XLSX;
                case "csv" -> CSV;
                default -> {
                    problems.problem(FIELD, "只能是 xlsx（Excel 工作簿）或 csv（逗号分隔的文本文件）");
                    yield null;
                }
            };
        }
        return acceptsCsv(accept) ? CSV : XLSX;
    }

    private static boolean acceptsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(t -> t.getQualityValue() > 0 && t.getType().equals("text") && t.getSubtype().equals("csv"));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
