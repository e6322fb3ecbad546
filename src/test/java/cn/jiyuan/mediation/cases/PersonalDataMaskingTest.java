package cn.jiyuan.mediation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The masked forms of names, phones and ID numbers, also inside free text in every usual spelling. */
class PersonalDataMaskingTest {

    @Test
    void phonesInEverySpellingAreMasked() {
        for (String phone : List.of("13812345678", "138-1234-5678", "138 1234 5678", "+8613812345678",
                "+86 138 1234 5678", "86-13812345678")) {
            String text = "申请人电话" + phone + "，请联系";
            assertThat(PersonalDataMasking.text(text)).as(phone).isEqualTo("申请人电话138****5678，请联系");
        }
        assertThat(PersonalDataMasking.text("座机0391-6612345或(0391)6612345")).isEqualTo("座机039****2345或039****2345");
    }

    @Test
    void idNumbersWithOrWithoutGroupsAreMasked() {
        assertThat(PersonalDataMasking.text("身份证410881198003151234。")).isEqualTo("身份证410881********1234。");
        assertThat(PersonalDataMasking.text("身份证 410881 1980 0315 123X")).isEqualTo("身份证 410881********123X");
        assertThat(PersonalDataMasking.text("老证410881800315123")).isEqualTo("老证410881*****5123");
    }

    @Test
    void numbersThatAreNotPersonalStay() {
        assertThat(PersonalDataMasking.text("涉及金额30000元，5人，案号（2026）克井镇调字第12号"))
                .isEqualTo("涉及金额30000元，5人，案号（2026）克井镇调字第12号");
    }

    @Test
    void namesBecomeSurnamePlusMou() {
        assertThat(PersonalDataMasking.name("王大山")).isEqualTo("王某");
        assertThat(PersonalDataMasking.name("李四")).isEqualTo("李某");
        assertThat(PersonalDataMasking.text("王大山与李小河因排水沟发生纠纷", List.of("王大山", "李小河")))
                .isEqualTo("王某与李某因排水沟发生纠纷");
    }

    @Test
    void singleValuesAreMasked() {
        assertThat(PersonalDataMasking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataMasking.phone("0391-6612345")).isEqualTo("039****2345");
        assertThat(PersonalDataMasking.idNumber("410881198003151234")).isEqualTo("410881********1234");
    }
}
