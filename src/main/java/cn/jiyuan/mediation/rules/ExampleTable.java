package cn.jiyuan.mediation.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cn.jiyuan.mediation.platform.UserText;

/**
 * Reads an examples table: a CSV file (RFC 4180, read with Apache Commons CSV) whose first line names the columns
 * of the rule set ({@link ExampleSchema#columns()}, in any order; a column left out is a column of empty cells), then
 * one example per line. UTF-8
 * with or without byte-order mark, or GB18030 as Excel saves "CSV (逗号分隔)" on a Chinese computer. Empty lines are
 * skipped. A table with problems is refused as a whole, every problem named with its line and column.
 */
final class ExampleTable {

    static final int MAX_EXAMPLES = 2000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
    private static final Charset GB18030 = Charset.forName("GB18030");

    private ExampleTable() {
    }

    static List<Example> read(byte[] content, ExampleSchema schema, ExampleSource source) {
        String text = decode(content);
        List<String> problems = new ArrayList<>();
        String textProblem = UserText.problem(text, true);
        if (textProblem != null) {
            throw new ExamplesFormatException(List.of("文件中有不能使用的字符：" + textProblem));
        }
        List<Row> records = records(text);
        if (records.isEmpty()) {
            throw new ExamplesFormatException(List.of("文件是空的：第一行须是列名（" + String.join("，", schema.columns()) + "）"));
        }
        Map<String, Integer> columns = header(records.get(0).record(), schema, problems);
        if (!problems.isEmpty()) {
            throw new ExamplesFormatException(problems);
        }
        List<Example> examples = new ArrayList<>();
        for (Row row : records.subList(1, records.size())) {
            CSVRecord record = row.record();
            if (blank(record)) {
                continue;
            }
            int line = row.line();
            Map<String, String> cells = new HashMap<>();
            columns.forEach((column, index) -> cells.put(column, index < record.size() ? record.get(index) : ""));
            if (record.size() > columns.size()) {
                problems.add("第" + line + "行：比列名多出" + (record.size() - columns.size()) + "列");
            }
            ExampleCells values = new ExampleCells(line, cells, problems);
            int before = problems.size();
            boolean anyExpected = schema.expectedColumns().stream().anyMatch(values::has);
            if (!anyExpected) {
                problems.add("第" + line + "行：没有填写期望的结果（" + String.join("、", schema.expectedColumns()) + "至少填一项）");
            }
            Example example = schema.example(source, values, values.text(ExampleSchema.DESCRIPTION));
            if (example != null && problems.size() == before) {
                examples.add(example);
            }
        }
        if (examples.size() > MAX_EXAMPLES) {
            problems.add("样例不能超过" + MAX_EXAMPLES + "行");
        }
        if (problems.isEmpty() && examples.isEmpty()) {
            problems.add("文件中只有列名，没有样例");
        }
        if (!problems.isEmpty()) {
            throw new ExamplesFormatException(problems);
        }
        return examples;
    }

    /** The number of each column, every column of the schema present once, no other. */
    private static Map<String, Integer> header(CSVRecord header, ExampleSchema schema, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> known = new HashSet<>(schema.columns());
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!known.contains(name)) {
                problems.add("第1行第" + (i + 1) + "列“" + (name.length() > 20 ? name.substring(0, 20) + "…" : name)
                        + "”不是样例表的列名；列名只能是：" + String.join("，", schema.columns()));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add("第1行：列“" + name + "”出现了两次");
            }
        }
        // a missing column is a column of empty cells; without these no row could be an example
        for (String column : schema.requiredColumns()) {
            if (!columns.containsKey(column)) {
                problems.add("第1行：缺少列“" + column + "”");
            }
        }
        if (schema.expectedColumns().stream().noneMatch(columns::containsKey)) {
            problems.add("第1行：缺少期望结果的列（" + String.join("、", schema.expectedColumns()) + "至少要有一列）");
        }
        return columns;
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A record and the line it starts on. */
    private record Row(int line, CSVRecord record) {
    }

    private static List<Row> records(String text) {
        long nextRecordLine = 1;
        List<Row> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(new Row((int) nextRecordLine, record));
                nextRecordLine = parser.getCurrentLineNumber() + 1;
                if (records.size() > MAX_EXAMPLES + 1) {
                    throw new ExamplesFormatException(List.of("样例不能超过" + MAX_EXAMPLES + "行"));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ExamplesFormatException(List.of("从第" + nextRecordLine + "行开始的记录格式有误（例如引号没有闭合）"));
        }
        return records;
    }

    private static String decode(byte[] content) {
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, content);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(GB18030, content);
            } catch (CharacterCodingException neither) {
                throw new ExamplesFormatException(List.of("无法识别文件的编码：请将样例表另存为“CSV UTF-8”"));
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }
}
