package cn.jiyuan.mediation.organization.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an RFC 4180 CSV text (commas, double-quoted fields with "" escapes and line breaks, CRLF or LF),
 * read with Apache Commons CSV; a broken file is described in Chinese with the line where its record starts.
 */
final class CsvRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private CsvRecords() {
    }

    /** @throws IllegalArgumentException in Chinese, naming the line, when the text is not valid CSV */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        long nextRecordLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
                nextRecordLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("从第" + nextRecordLine + "行开始的记录格式有误（例如引号没有闭合）");
        }
        return records;
    }
}
