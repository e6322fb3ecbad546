package cn.jiyuan.mediation.typicalcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The platform's anonymisation of a typical case's write-up, on text written the way people write. */
class WriteUpAnonymisationTest {

    @Test
    void namesBecomeSurnamePlusMouEvenGivenNamesAloneAndCompoundSurnames() {
        String text = "王大山与王大海系兄弟。大山称，欧阳春花曾借款3万元；王大山之妻张桂兰在场。";
        String out = WriteUpAnonymisation.anonymise(text, List.of("王大山", "王大海", "欧阳春花", "张桂兰"));
        assertThat(out).isEqualTo("王某与王某系兄弟。王某称，欧阳某曾借款3万元；王某之妻张某在场。")
                .doesNotContain("大山", "大海", "春花", "桂兰");
    }

    @Test
    void phoneIdAndOtherIdentifyingNumbersAreRemovedAmountsAndDatesStay() {
        String text = "申请人电话138-1234-5678，另一号码+86 139 8765 4321，座机0391-6612345，身份证410881199001011234，"
                + "旧证410881900101123，银行卡6222 0210 0112 3456，车牌豫U12345。2023年5月12日双方约定赔偿2000元，共3人到场。";
        String out = WriteUpAnonymisation.anonymise(text, List.of());
        assertThat(out).doesNotContainPattern("[0-9]{5,}").doesNotContain("1234", "5678", "4321", "6612345", "豫U",
                "3456", "*");
        assertThat(out).contains("2023年5月12日", "2000元", "3人");
    }

    @Test
    void aOneCharacterOrMissingNameIsIgnoredAndNullStaysNull() {
        assertThat(WriteUpAnonymisation.anonymise("王某已履行", java.util.Arrays.asList("王", null, " "))).isEqualTo("王某已履行");
        assertThat(WriteUpAnonymisation.anonymise(null, List.of("王大山"))).isNull();
        assertThat(WriteUpAnonymisation.masked(" 司马光 ")).isEqualTo("司马某");
    }
}
