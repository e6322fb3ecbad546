package cn.jiyuan.mediation.organization.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.jiyuan.mediation.platform.UserText;

/**
 * Turns CSV (UTF-8, RFC 4180) and XLSX files into import tables. Structural problems (unknown table,
 * missing or unknown columns, unreadable file) are collected, not thrown, so that one answer names them all.
 */
public class ImportFileReader {

    private final List<ImportProblem> problems;

    public ImportFileReader(List<ImportProblem> problems) {
        this.problems = problems;
    }

    public List<ImportTable> read(ImportSource source) {
        String name = source.fileName() == null ? "" : source.fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return readXlsx(name, source.content());
        }
        if (lower.endsWith(".csv")) {
            return readCsv(name, source.content()).map(List::of).orElse(List.of());
        }
        problems.add(new ImportProblem(name, 0, "(file)", "不支持的文件类型：请使用 .csv 或 .xlsx 文件"));
        return List.of();
    }

    // ---- CSV ---------------------------------------------------------------------------------

    private Optional<ImportTable> readCsv(String fileName, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(fileName, 0, "(file)",
                    "不是 UTF-8 编码的文本：请将 CSV 文件另存为 UTF-8 编码（Excel 中选择“CSV UTF-8”）"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records;
        try {
            records = CsvRecords.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(fileName, 0, "(file)", e.getMessage()));
            return Optional.empty();
        }
        String stem = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)\\.csv$", "");
        return toTable(fileName, stem, records);
    }

    // ---- XLSX --------------------------------------------------------------------------------

    private List<ImportTable> readXlsx(String fileName, byte[] content) {
        List<ImportTable> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                String sheetProblem = UserText.problem(sheet.getSheetName(), false);
                if (sheetProblem != null) {
                    // the sheet's name is quoted back with every problem of its rows: it must be plain text
                    problems.add(new ImportProblem(fileName, 0, "(sheet " + (workbook.getSheetIndex(sheet) + 1) + ")",
                            "工作表名有误：" + sheetProblem));
                    continue;
                }
                List<List<String>> records = new ArrayList<>();
                int last = sheet.getLastRowNum();
                for (int r = 0; r <= last; r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : text(cell, formatter));
                        }
                    }
                    records.add(cells);
                }
                toTable(fileName + "!" + sheet.getSheetName(), sheet.getSheetName(), records).ifPresent(tables::add);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(fileName, 0, "(file)", "无法读取的 XLSX 工作簿：请用 Excel 或 WPS 另存为 .xlsx 后重试"));
        }
        return tables;
    }

    /**
     * A cell as text. A formula cell is given as its formula with the leading {@code =}, so that the row check
     * refuses it like a text that starts one (the formatter alone would show the formula without it).
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return formatter.formatCellValue(cell);
    }

    // ---- shared ------------------------------------------------------------------------------

    private Optional<ImportTable> toTable(String source, String name, List<List<String>> records) {
        List<List<String>> nonEmpty = records;
        if (nonEmpty.isEmpty() || nonEmpty.get(0).stream().allMatch(String::isBlank)) {
            problems.add(new ImportProblem(source, 1, "(header)", "第一行须为列名"));
            return Optional.empty();
        }
        List<String> rawHeader = nonEmpty.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        // Trailing empty header cells are common in spreadsheets; drop them.
        int width = rawHeader.size();
        while (width > 0 && rawHeader.get(width - 1).isEmpty()) {
            width--;
        }
        List<String> header = List.copyOf(rawHeader.subList(0, width));
        Optional<OrgSheet> sheet = OrgSheet.byName(name).or(() -> OrgSheet.byHeader(header));
        if (sheet.isEmpty()) {
            problems.add(new ImportProblem(source, 1, "(table)", "无法识别的表" + UserText.quote(name)
                    + "：文件或工作表应命名为 units、justice_offices、committees、persons 或 contacts"));
            return Optional.empty();
        }
        boolean headerOk = true;
        for (String column : sheet.get().columns()) {
            if (!header.contains(column)) {
                problems.add(new ImportProblem(source, 1, column, "缺少此列"));
                headerOk = false;
            }
        }
        for (String column : header) {
            if (!sheet.get().knows(column)) {
                problems.add(new ImportProblem(source, 1, column.isEmpty() ? "(empty)"
                        : UserText.quote(column).isEmpty() ? "(header)" : column, "未知的列"));
                headerOk = false;
            }
        }
        if (!headerOk) {
            return Optional.empty();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < nonEmpty.size(); i++) {
            List<String> cells = nonEmpty.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue; // blank lines between blocks are harmless
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            for (int c = header.size(); c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    problems.add(new ImportProblem(source, i + 1, "(column " + (c + 1) + ")",
                            "此单元格不在任何有列名的列中"));
                }
            }
            rows.add(new ImportRow(i + 1, values));
        }
        return Optional.of(new ImportTable(source, sheet.get(), rows));
    }
}
