package cn.jiyuan.mediation.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(CsvRecords.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3"))
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("1", "two\nlines", "3"));
    }

    @Test
    void keepsEmptyFieldsAndIgnoresTheFinalLineBreak() {
        assertThat(CsvRecords.parse("a,,c\n,,\n")).containsExactly(List.of("a", "", "c"), List.of("", "", ""));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvRecords.parse("a\n\"b,c\n")).hasMessageContaining("第2行");
    }
}
