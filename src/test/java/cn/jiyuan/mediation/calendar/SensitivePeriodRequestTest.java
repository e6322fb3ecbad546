package cn.jiyuan.mediation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

class SensitivePeriodRequestTest {

    private static InvalidRequestException rejected(String year, String code, SensitivePeriodRequest body) {
        Throwable thrown = catchThrowable(() -> SensitivePeriodRequest.validate(year, code, body));
        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        return (InvalidRequestException) thrown;
    }

    @Test
    void aValidRequest() {
        SensitivePeriodRequest.Valid valid = SensitivePeriodRequest.validate("2026", "CUSTOM_ELECTION",
                new SensitivePeriodRequest("  村两委换届 ", null, "2026-04-01", "2026-04-30", " "));
        assertThat(valid).isEqualTo(new SensitivePeriodRequest.Valid(2026, "CUSTOM_ELECTION", "村两委换届", null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), null));
    }

    @Test
    void periodsMayReachIntoTheNeighbouringYears() {
        assertThat(SensitivePeriodRequest.validate("2026", "SPRING_FESTIVAL",
                new SensitivePeriodRequest("春节", "2026-02-17", "2025-12-01", "2027-01-31", null)).start())
                .isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void everyBadFieldIsNamed() {
        InvalidRequestException e = rejected("1900", "custom", new SensitivePeriodRequest(" ", "2026-13-01",
                "yesterday", null, "x".repeat(501)));
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("year", "code", "name", "note",
                "start", "end", "festivalDate");
    }

    @Test
    void missingBodyNamesTheRequiredFields() {
        assertThat(rejected("2026", "TWO_SESSIONS", null).errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "start", "end");
    }

    @Test
    void datesOutsideTheYearAndReversedRangesAreRejected() {
        assertThat(rejected("2026", "TWO_SESSIONS", new SensitivePeriodRequest("全国两会", null, "2025-11-30",
                "2027-02-01", null)).errors()).extracting(FieldError::field).containsExactly("start", "end");
        assertThat(rejected("2026", "TWO_SESSIONS", new SensitivePeriodRequest("全国两会", null, "2026-03-11",
                "2026-03-04", null)).errors()).extracting(FieldError::field).containsExactly("end");
        assertThat(rejected("2026", "SPRING_FESTIVAL", new SensitivePeriodRequest("春节", "2026-03-01",
                "2026-02-10", "2026-02-24", null)).errors()).extracting(FieldError::field).containsExactly("festivalDate");
        assertThat(rejected("2026", "SPRING_FESTIVAL", new SensitivePeriodRequest("春".repeat(51), null,
                "2026-02-10", "2026-02-24", null)).errors()).extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void codesFollowThePattern() {
        for (String bad : new String[] {"X", "1ABC", "CUSTOM-X", "custom_x", "A".repeat(33), ""}) {
            assertThatThrownBy(() -> SensitivePeriodRequest.validate("2026", bad,
                    new SensitivePeriodRequest("n", null, "2026-04-01", "2026-04-02", null)))
                    .as(bad).isInstanceOf(InvalidRequestException.class).hasMessageContaining("code");
        }
        for (String good : new String[] {"AB", "CUSTOM_X1", "A".repeat(32)}) {
            assertThat(SensitivePeriodRequest.validate("2026", good,
                    new SensitivePeriodRequest("n", null, "2026-04-01", "2026-04-02", null)).code()).isEqualTo(good);
        }
    }

    @Test
    void aBodyIsReadWithEveryWrongTypeAndUnknownFieldNamedBesideTheOtherProblems() throws Exception {
        FieldErrors errors = new FieldErrors();
        SensitivePeriodRequest body = Requests.bind(new ObjectMapper().readTree(
                "{\"name\": 5, \"colour\": \"红\", \"start\": \"2026-04-01\", \"note\": [\"x\"]}"),
                SensitivePeriodRequest.class, errors);
        InvalidRequestException e = catchThrowableOfType(() -> SensitivePeriodRequest.validate("2026", "CUSTOM_X",
                body, errors), InvalidRequestException.class);
        assertThat(e.errors()).containsExactlyInAnyOrder(new FieldError("name", "应为文字"),
                new FieldError("colour", "未知字段"), new FieldError("note", "应为文字"), new FieldError("end", "必填"));
    }
}
