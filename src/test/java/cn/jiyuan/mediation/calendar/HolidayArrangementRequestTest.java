package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.calendar.HolidayArrangementRequest.HolidayEntry;
import cn.jiyuan.mediation.calendar.HolidayArrangementRequest.WorkdayEntry;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.FieldErrors;

class HolidayArrangementRequestTest {

    private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知";

    private static HolidayArrangement valid(String year, HolidayArrangementRequest body) {
        return HolidayArrangementRequest.validate(year, body, new FieldErrors());
    }

    private static List<FieldError> rejected(String year, HolidayArrangementRequest body) {
        Throwable thrown = catchThrowable(() -> valid(year, body));
        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        return ((InvalidRequestException) thrown).errors();
    }

    private static String message(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow(
                () -> new AssertionError("no error for " + field + " in " + errors)).message();
    }

    @Test
    void aYearIsReadSortedWithItsTextsStripped() {
        HolidayArrangement a = valid(" 2027 ", new HolidayArrangementRequest("  " + NOTICE + " ",
                List.of(new HolidayEntry("春节", "2027-02-05", "2027-02-13"), new HolidayEntry(" 元旦 ", "2027-01-01",
                        "2027-01-03")),
                List.of(new WorkdayEntry("2027-02-20", "春节")), " "));
        assertThat(a.year()).isEqualTo(2027);
        assertThat(a.notice()).isEqualTo(NOTICE);
        assertThat(a.holidays()).extracting(HolidayArrangement.Holiday::name).containsExactly("元旦", "春节");
        assertThat(a.makeUpWorkdays()).containsExactly(new HolidayArrangement.MakeUpWorkday(LocalDate.of(2027, 2, 20),
                "春节"));
    }

    @Test
    void aMissingBodyNamesTheRequiredFields() {
        assertThat(rejected("2027", null)).extracting(FieldError::field).containsExactly("notice", "holidays");
        assertThat(message(rejected("2027", null), "holidays")).isEqualTo("请至少填写一个节假日");
        assertThat(rejected("2027", new HolidayArrangementRequest(NOTICE, List.of(), null, null)))
                .extracting(FieldError::field).containsExactly("holidays");
    }

    @Test
    void everyBadFieldIsNamedInChinese() {
        List<FieldError> errors = rejected("1999", new HolidayArrangementRequest("通".repeat(201),
                List.of(new HolidayEntry(" ", "2027-02-30", null)),
                List.of(new WorkdayEntry("tomorrow", "春".repeat(21))), "x".repeat(501)));
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("year", "notice", "holidays[0].name",
                "holidays[0].start", "holidays[0].end", "makeUpWorkdays[0].date", "makeUpWorkdays[0].holiday", "note");
        assertThat(message(errors, "year")).isEqualTo("应在2000年至2099年之间");
        assertThat(message(errors, "holidays[0].name")).isEqualTo("请填写节假日名称，如：春节");
        assertThat(message(errors, "holidays[0].end")).isEqualTo("请填写放假结束日期");
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).matches(".*\\p{IsHan}.*"));
        assertThat(message(rejected("abc", null), "year")).isEqualTo("应为年份（四位数字）");
    }

    @Test
    void theRulesOfEveryNoticeAreChecked() {
        List<FieldError> errors = rejected("2027", new HolidayArrangementRequest(NOTICE, List.of(
                new HolidayEntry("春节", "2027-02-05", "2027-02-13"),
                new HolidayEntry("元宵", "2027-02-13", "2027-02-14"),
                new HolidayEntry("国庆节", "2027-10-07", "2027-10-01"),
                new HolidayEntry("长假", "2027-07-01", "2027-07-20"),
                new HolidayEntry("元旦", "2026-11-30", "2028-01-01")), List.of(
                new WorkdayEntry("2027-02-17", "春节"),
                new WorkdayEntry("2027-02-06", "春节"),
                new WorkdayEntry("2027-02-20", "春节"),
                new WorkdayEntry("2027-02-20", "春节")), null));
        assertThat(message(errors, "holidays[1].start")).isEqualTo("“元宵”与“春节”（2027-02-05至2027-02-13）的放假日期重叠");
        assertThat(message(errors, "holidays[2].end")).isEqualTo("“国庆节”的结束日期不能早于开始日期（2027-10-07）");
        assertThat(message(errors, "holidays[3].end")).isEqualTo("“长假”放假不能超过15天");
        assertThat(message(errors, "holidays[4].start")).isEqualTo("应在2026-12-01至2027-12-31之间");
        assertThat(message(errors, "holidays[4].end")).isEqualTo("应在2026-12-01至2027-12-31之间");
        assertThat(message(errors, "makeUpWorkdays[0].date")).isEqualTo("调休上班日应为周六或周日，2027-02-17是周三");
        assertThat(message(errors, "makeUpWorkdays[1].date")).isEqualTo("2027-02-06在“春节”放假期间，不能同时是调休上班日");
        assertThat(message(errors, "makeUpWorkdays[3].date")).isEqualTo("2027-02-20已填写过");
        assertThat(errors).extracting(FieldError::field).doesNotContain("makeUpWorkdays[2].date");
    }

    @Test
    void aNoticeMayStartInTheDecemberBefore() {
        HolidayArrangement a = valid("2019", new HolidayArrangementRequest("国务院办公厅关于2019年部分节假日安排的通知",
                List.of(new HolidayEntry("元旦", "2018-12-30", "2019-01-01")),
                List.of(new WorkdayEntry("2018-12-29", "元旦")), null));
        assertThat(a.holidays().get(0).start()).isEqualTo(LocalDate.of(2018, 12, 30));
    }
}
