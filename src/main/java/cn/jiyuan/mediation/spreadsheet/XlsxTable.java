package cn.jiyuan.mediation.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook (.xlsx) of one table, written as it streams: POI's {@link SXSSFWorkbook} keeps a window of
 * {@value #ROW_WINDOW} rows in memory and flushes the rest to a compressed temporary file, removed when the
 * workbook is written; so 100,000 rows take no more heap than 100.
 *
 * <p>The first sheet holds the table: a bold header row that stays in view (frozen), an auto-filter over the
 * header and every row, the columns' widths, dates as real Excel dates ({@code yyyy-mm-dd}) and numbers as
 * numbers. The second sheet, {@value #SUMMARY_SHEET}, sums it up: the title, when it was generated, the filters
 * applied (in Chinese, as the caller names them), the number of rows, and the counts the caller tallies while
 * writing ({@link RowSink#count}) or gives beforehand ({@link #count(String, String, long)}).
 *
 * <pre>{@code
 * XlsxTable table = XlsxTable.of("矛盾纠纷台账", List.of(Column.text("案件编号", 28), Column.date("登记日期", 12)))
 *         .title("济源市矛盾纠纷台账").filter("登记日期", "2026-01-01 至 2026-06-30");
 * table.write(response.getOutputStream(), sink -> ledger.stream(query, r -> {
 *     sink.row(r.caseNumber(), r.registeredOn());
 *     sink.count("纠纷类型", r.categoryName());
 * }));
 * }</pre>
 *
 * A table is configured, then written once from one thread.
 */
public final class XlsxTable {

    /** Rows kept in memory while writing; older rows are on the temporary file. */
    public static final int ROW_WINDOW = 100;
    public static final String SUMMARY_SHEET = "汇总";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** The longest text Excel holds in a cell. */
    static final int MAX_TEXT = 32_767;
    /** The rows a sheet holds, its header included. */
    static final int MAX_ROWS = 1_048_576;

    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String sheetName;
    private final List<Column> columns;
    private String title;
    private ZoneId zone = DEFAULT_ZONE;
    private OffsetDateTime generatedAt;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

    private XlsxTable(String sheetName, List<Column> columns) {
        String problem = sheetNameProblem(sheetName);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
        this.title = sheetName;
    }

    /** A table on a sheet of that name (Chinese; at most 31 characters, none of {@code []:*?/\}) with these columns. */
    public static XlsxTable of(String sheetName, List<Column> columns) {
        return new XlsxTable(sheetName, columns);
    }

    /** The summary's title (default: the sheet's name). */
    public XlsxTable title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** The time zone of moments written to date columns and of the generation time (default Asia/Shanghai). */
    public XlsxTable zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** When the workbook was generated, as the summary says (default: when it is written). */
    public XlsxTable generatedAt(OffsetDateTime at) {
        this.generatedAt = at;
        return this;
    }

    /** A filter applied to the rows, named for the summary: {@code filter("镇（街道）", "克井镇")}. Null values are left out. */
    public XlsxTable filter(String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(Objects.requireNonNull(name, "name"), value);
        }
        return this;
    }

    /**
     * Names the keys of a count group beforehand, in the order the summary lists them, each at zero (e.g. every risk
     * level, also those no row has).
     */
    public XlsxTable countGroup(String group, List<String> keys) {
        Map<String, Long> g = counts.computeIfAbsent(Objects.requireNonNull(group, "group"), k -> new LinkedHashMap<>());
        keys.forEach(key -> g.putIfAbsent(key, 0L));
        return this;
    }

    /** Adds {@code n} to a count of the summary, e.g. a figure computed by the caller. */
    public XlsxTable count(String group, String key, long n) {
        counts.computeIfAbsent(Objects.requireNonNull(group, "group"), k -> new LinkedHashMap<>())
                .merge(key == null ? "（空）" : key, n, Long::sum);
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Writes the workbook from rows given as lists (or arrays as {@code List.of(...)}). @return the rows written */
    public long write(OutputStream out, Iterator<? extends List<?>> rows) throws IOException {
        return write(out, sink -> {
            while (rows.hasNext()) {
                sink.row(rows.next());
            }
        });
    }

    /**
     * Writes the workbook: the rows {@code source} produces, then the summary, to {@code out} (left open). The
     * temporary files are removed whatever happens.
     *
     * @return the rows written
     * @throws IllegalArgumentException a value that does not fit its column (a text in a number column, too many values)
     */
    public long write(OutputStream out, RowSource source) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, columns.get(i).width() * 256);
            }
            Row header = sheet.createRow(0);
            header.setHeightInPoints(20);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
            }
            sheet.createFreezePane(0, 1);
            Sink sink = new Sink(sheet, styles);
            source.writeTo(sink);
            int lastRow = (int) sink.rows;
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
            writeSummary(workbook, styles, sink.rows);
            workbook.write(out);
            out.flush();
            return sink.rows;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void writeSummary(SXSSFWorkbook workbook, Styles styles, long rows) {
        Sheet summary = workbook.createSheet(SUMMARY_SHEET);
        summary.setColumnWidth(0, 24 * 256);
        summary.setColumnWidth(1, 44 * 256);
        int r = 0;
        Row titleRow = summary.createRow(r++);
        titleRow.setHeightInPoints(24);
        text(titleRow, 0, title, styles.title);
        OffsetDateTime at = generatedAt != null ? generatedAt : OffsetDateTime.now(zone);
        pair(summary.createRow(r++), "生成时间", at.atZoneSameInstant(zone).format(GENERATED_AT), styles);
        r++;
        text(summary.createRow(r++), 0, "筛选条件", styles.header);
        if (filters.isEmpty()) {
            pair(summary.createRow(r++), "（无）", "全部记录", styles);
        }
        for (Map.Entry<String, String> f : filters.entrySet()) {
            pair(summary.createRow(r++), f.getKey(), f.getValue(), styles);
        }
        r++;
        Row count = summary.createRow(r++);
        text(count, 0, "记录数", styles.header);
        count.createCell(1).setCellValue(rows);
        for (Map.Entry<String, Map<String, Long>> group : counts.entrySet()) {
            r++;
            Row head = summary.createRow(r++);
            text(head, 0, group.getKey(), styles.header);
            text(head, 1, "数量", styles.header);
            for (Map.Entry<String, Long> e : group.getValue().entrySet()) {
                Row row = summary.createRow(r++);
                text(row, 0, e.getKey(), null);
                row.createCell(1).setCellValue(e.getValue());
            }
        }
    }

    private static void pair(Row row, String name, String value, Styles styles) {
        text(row, 0, name, styles.label);
        text(row, 1, value, null);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(clip(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** @return why a sheet may not have this name, or null */
    static String sheetNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "a sheet needs a name";
        }
        if (name.equals(SUMMARY_SHEET)) {
            return "the sheet " + SUMMARY_SHEET + " is the summary";
        }
        try {
            WorkbookUtil.validateSheetName(name);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    /** The cell styles, made once per workbook (a workbook holds at most 64,000). */
    private final class Styles {

        final CellStyle header;
        final CellStyle title;
        final CellStyle label;
        final CellStyle date;
        final CellStyle[] numbers;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            numbers = new CellStyle[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String format = columns.get(i).numberFormat();
                if (format != null) {
                    numbers[i] = workbook.createCellStyle();
                    numbers[i].setDataFormat(workbook.createDataFormat().getFormat(format));
                }
            }
        }
    }

    /** Writes rows to the sheet as they come and tallies the counts. */
    private final class Sink implements RowSink {

        private final SXSSFSheet sheet;
        private final Styles styles;
        private long rows;

        Sink(SXSSFSheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        @Override
        public void row(Object... values) {
            if (values.length > columns.size()) {
                throw new IllegalArgumentException("row " + (rows + 1) + " has " + values.length + " values for "
                        + columns.size() + " columns");
            }
            if (rows + 1 >= MAX_ROWS) {
                throw new IllegalArgumentException("a sheet holds at most " + (MAX_ROWS - 1) + " rows");
            }
            Row row = sheet.createRow((int) rows + 1);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    cell(row, i, values[i]);
                }
            }
            rows++;
        }

        @Override
        public void count(String group, String key) {
            XlsxTable.this.count(group, key, 1);
        }

        @Override
        public long rows() {
            return rows;
        }

        private void cell(Row row, int i, Object value) {
            Column column = columns.get(i);
            Cell cell = row.createCell(i);
            switch (column.type()) {
                case TEXT -> cell.setCellValue(clip(text(value)));
                case DATE -> {
                    cell.setCellValue(date(value, row, i));
                    cell.setCellStyle(styles.date);
                }
                case NUMBER -> {
                    cell.setCellValue(number(value, row, i));
                    if (styles.numbers[i] != null) {
                        cell.setCellStyle(styles.numbers[i]);
                    }
                }
                default -> throw new IllegalStateException(column.type().name());
            }
        }

        private String text(Object value) {
            if (value instanceof Boolean b) {
                return b ? "是" : "否";
            }
            return value.toString();
        }

        private LocalDate date(Object value, Row row, int column) {
            if (value instanceof LocalDate d) {
                return d;
            }
            if (value instanceof LocalDateTime d) {
                return d.toLocalDate();
            }
            if (value instanceof OffsetDateTime d) {
                return d.atZoneSameInstant(zone).toLocalDate();
            }
            if (value instanceof ZonedDateTime d) {
                return d.withZoneSameInstant(zone).toLocalDate();
            }
            if (value instanceof Instant d) {
                return d.atZone(zone).toLocalDate();
            }
            if (value instanceof Date d) {
                return d.toInstant().atZone(zone).toLocalDate();
            }
            if (value instanceof CharSequence s) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw bad(row, column, value);
                }
            }
            throw bad(row, column, value);
        }

        private double number(Object value, Row row, int column) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            if (value instanceof CharSequence s) {
                try {
                    return new BigDecimal(s.toString().trim()).doubleValue();
                } catch (NumberFormatException e) {
                    throw bad(row, column, value);
                }
            }
            throw bad(row, column, value);
        }

        private IllegalArgumentException bad(Row row, int column, Object value) {
            return new IllegalArgumentException("cell " + new CellReference(row.getRowNum(), column).formatAsString()
                    + " (column " + columns.get(column).header() + ", " + columns.get(column).type()
                    + "): cannot write a " + value.getClass().getSimpleName());
        }
    }

    /**
     * A period as a filter names it: {@code 2026-01-01 至 2026-06-30}, {@code 2026-01-01 起}, {@code 至 2026-06-30};
     * null when neither end is given.
     */
    public static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        if (to == null) {
            return from + " 起";
        }
        return from == null ? "至 " + to : from + " 至 " + to;
    }

    /** The header texts, in column order. */
    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(c.header()));
        return headers;
    }
}
