package cn.jiyuan.mediation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiyuan.mediation.cases.PersonalDataMasking;

/** GB 11643-1999 check character and birth date, and the masking of personal data. */
class ResidentIdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "110101190001011009", "410881200002291230"})
    void validNumbersPass(String number) {
        // the first two are the examples of GB 11643-1999; 2000-02-29 is a leap day
        assertThat(ResidentIdNumber.problem(number, TODAY)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, 校验位",     // check character should be X
            "11010519491231002x, 18位",       // not normalized: lower-case x is not a check character
            "440524188001010015, 校验位",
            "41088119900230123X, 出生日期",   // 30 February
            "410881202703011230, 出生日期",   // born in the future
            "410881179912311230, 出生日期",   // before 1800
            "4108811990010112, 18位",
            "41088119900101123A, 18位",
            "4108811990010112345, 18位"})
    void invalidNumbersAreNamed(String number, String expected) {
        assertThat(ResidentIdNumber.problem(number, TODAY)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"13812341234, 138****1234", "0391-6612345, 039****2345", "12345, ****"})
    void phonesAreMasked(String phone, String masked) {
        assertThat(PersonalDataMasking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"41088119900101123X, 410881********123X", "110105194912310021, 110105********0021"})
    void idNumbersAreMasked(String number, String masked) {
        assertThat(PersonalDataMasking.idNumber(number)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812341234", "19912345678", "0391-6612345", "03916612345", "010-12345678"})
    void phoneFormats(String phone) {
        assertThat(PhoneNumberFormat.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812341234", "1381234123", "6612345", "138-1234-1234", "+8613812341234"})
    void badPhoneFormats(String phone) {
        assertThat(PhoneNumberFormat.isValid(phone)).isFalse();
    }
}
