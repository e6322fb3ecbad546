package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void ordinaryTextOfEveryKindIsAccepted() {
        for (String text : new String[] {"王大山", "两家因院墙排水问题多次争吵。", "Zhang San-Li", "138-1234-5678",
                "${7*7} #{7*7} '; DROP TABLE case_file; --", "<script>alert(1)</script>", "😀👍", "𠀀𪚥", "", "ａｂｃ"}) {
            assertThat(UserText.problem(text, false)).as(text).isNull();
        }
    }

    @Test
    void controlInvisibleAndBrokenCharactersAreRefusedWithTheirPosition() {
        assertThat(UserText.problem("ab\u202ecd", false)).startsWith("第3个字符").contains("U+202E", "双向");
        for (String bad : new String[] {"\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202a", "\u202d",
                "\u2066", "\u2069", "\u200b", "\u200e", "\u2060", "\ufeff", "\u00ad", "\u061c", "\u2028", "\u2029",
                "\ufffd", "\ufffe", "\uffff", "\ud800", "\udc00"}) {
            assertThat(UserText.problem("甲" + bad + "乙", true)).as("U+%04X", (int) bad.charAt(0)).isNotNull();
            assertThat(UserText.problem("甲" + bad + "乙", false)).as("U+%04X", (int) bad.charAt(0)).isNotNull();
        }
        // a character beyond the first plane counts as one
        assertThat(UserText.problem("😀\u0001", false)).startsWith("第2个字符");
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineFields() {
        assertThat(UserText.problem("第一行\n第二行\r\n\t第三行", true)).isNull();
        assertThat(UserText.problem("第一行\n第二行", false)).contains("一行");
        assertThat(UserText.problem("甲\t乙", false)).isNotNull();
        // a carriage return only as part of a Windows line end
        assertThat(UserText.problem("甲\r乙", true)).contains("回车");
    }

    @Test
    void onlyShortCodesAndNamesAreQuotedBackInMessages() {
        assertThat(UserText.quote("FAX")).isEqualTo("“FAX”");
        assertThat(UserText.quote("沁园街道")).isEqualTo("“沁园街道”");
        assertThat(UserText.quote("DROP TABLE users")).isEmpty();
        assertThat(UserText.quote("a\u202eb")).isEmpty();
        assertThat(UserText.quote("x".repeat(65))).isEmpty();
        assertThat(UserText.quote(null)).isEmpty();
    }
}
