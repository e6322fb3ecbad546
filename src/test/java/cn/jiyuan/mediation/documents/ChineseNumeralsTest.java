package cn.jiyuan.mediation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    private final ChineseNumerals zh = new ChineseNumerals();

    @Test
    void formatsDatesAndNumbersInChinese() {
        assertThat(zh.date(LocalDate.of(2026, 11, 28))).isEqualTo("二〇二六年十一月二十八日");
        assertThat(zh.date(LocalDate.of(2030, 1, 10))).isEqualTo("二〇三〇年一月十日");
        assertThat(zh.date(LocalDate.of(2026, 12, 31))).isEqualTo("二〇二六年十二月三十一日");
        assertThat(zh.arabicDate(LocalDate.of(2026, 12, 31))).isEqualTo("2026年12月31日");
        assertThat(zh.number(0)).isEqualTo("〇");
        assertThat(zh.number(3)).isEqualTo("三");
        assertThat(zh.number(10)).isEqualTo("十");
        assertThat(zh.number(20)).isEqualTo("二十");
        assertThat(zh.number(99)).isEqualTo("九十九");
        assertThatThrownBy(() -> zh.number(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
