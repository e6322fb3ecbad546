package cn.jiyuan.mediation.screening.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;

class ReportSubmissionReaderTest {

    private final ReportSubmissionReader reader = new ReportSubmissionReader(new ObjectMapper());

    @Test
    void aZeroReport() {
        ReportSubmission s = reader.read(Map.of("zeroReport", true));
        assertThat(s.status()).isEqualTo(ReportStatus.ZERO);
        assertThat(s.disputes()).isEmpty();
    }

    @Test
    void risksAloneAreAReport() {
        ReportSubmission s = reader.read(Map.of("zeroReport", false, "risks", " 工地欠薪苗头 "));
        assertThat(s.status()).isEqualTo(ReportStatus.REPORTED);
        assertThat(s.risks()).isEqualTo("工地欠薪苗头");
    }

    @Test
    void disputesAsTasklistSubmitsThemWithEmptyRowsIgnored() {
        ReportSubmission s = reader.read(Map.of("disputes", """
                [{"description":"","category":null,"riskIndicators":[]},
                 {"description":"欠薪","category":"LABOR_WAGE_DEBT","applicantName":"工人甲","respondentName":"某公司",
                  "peopleInvolved":12,"handling":"REGISTER_CASE","amountInvolved":35000.5,"enterpriseRelated":true,
                  "riskIndicators":["MASS_INCIDENT_RISK"],"resolution":"ignored for cases"},
                 {"description":"邻里漏水","category":"NEIGHBOR","applicantName":"甲","respondentName":"乙",
                  "handling":"ON_THE_SPOT","resolution":"当场说和","amountInvolved":100,"enterpriseRelated":true}]"""));
        assertThat(s.disputes()).hasSize(2);
        assertThat(s.disputes().get(0)).satisfies(d -> {
            assertThat(d.category()).isEqualTo(DisputeCategory.LABOR_WAGE_DEBT);
            assertThat(d.handling()).isEqualTo(Handling.REGISTER_CASE);
            assertThat(d.peopleInvolved()).isEqualTo(12);
            assertThat(d.amountInvolved()).isEqualByComparingTo(new BigDecimal("35000.5"));
            assertThat(d.enterpriseRelated()).isTrue();
            assertThat(d.riskIndicators()).containsExactly(RiskIndicator.MASS_INCIDENT_RISK);
            assertThat(d.resolution()).isNull();
        });
        assertThat(s.disputes().get(1)).satisfies(d -> {
            assertThat(d.resolution()).isEqualTo("当场说和");
            assertThat(d.amountInvolved()).isNull(); // asked only of a case to register
            assertThat(d.enterpriseRelated()).isFalse();
        });
    }

    @Test
    void aListOfMapsIsReadLikeTheDynamicList() {
        ReportSubmission s = reader.read(Map.of("disputes", List.of(Map.of("description", "x", "category", "LAND",
                "applicantName", "甲", "respondentName", "乙", "handling", "REGISTER_CASE"))));
        assertThat(s.disputes()).singleElement().satisfies(d -> assertThat(d.category()).isEqualTo(DisputeCategory.LAND));
    }

    @Test
    void theRulesAcrossFieldsNameTheirField() {
        assertThat(problems(Map.of("zeroReport", true, "risks", "x")))
                .containsExactly(new FieldError("zeroReport", "零报告不能同时填写矛盾纠纷或风险隐患"));
        assertThat(problems(Map.of()))
                .containsExactly(new FieldError("zeroReport", "请勾选零报告，或填写发现的矛盾纠纷、风险隐患"));
        assertThat(problems(Map.of("disputes", List.of(Map.of("description", "x", "category", "LAND",
                "applicantName", "甲", "respondentName", "乙", "handling", "ON_THE_SPOT")))))
                .containsExactly(new FieldError("disputes[0].resolution", "请填写化解情况"));
    }

    @Test
    void everyBadFieldOfEveryRowIsNamedAtOnceInTheFormsOrder() {
        Map<String, Object> second = new HashMap<>(Map.of("description", "x", "category", "LAND",
                "applicantName", "甲", "respondentName", "乙", "handling", "REGISTER_CASE", "peopleInvolved", 0,
                "amountInvolved", -1, "riskIndicators", List.of("NOPE"), "applicantPhone", "12345"));
        Map<String, Object> first = Map.of("description", "y", "category", "FAX", "applicantName", "甲",
                "respondentName", "乙", "handling", "ON_THE_SPOT", "resolution", "已化解", "peopleInvolved", 2.5);
        ScreeningReportRejected rejected = rejected(Map.of("disputes", List.of(first, second)));
        assertThat(rejected.problems()).extracting(FieldError::field).containsExactly(
                "disputes[0].category", "disputes[0].peopleInvolved", "disputes[1].peopleInvolved",
                "disputes[1].applicantPhone", "disputes[1].amountInvolved", "disputes[1].riskIndicators[0]");
        assertThat(rejected.fieldKey()).isEqualTo("disputes[0].category");
        assertThat(rejected.userMessage())
                .startsWith("排查报告未通过校验：第1件矛盾纠纷：未知的纠纷类型代码“FAX”；第1件矛盾纠纷的涉及人数：必须是整数")
                .contains("第2件矛盾纠纷：涉及人数至少为1")
                .contains("第2件矛盾纠纷的申请人电话：电话号码格式不正确")
                .contains("第2件矛盾纠纷的涉及金额：不能为负数")
                .contains("第2件矛盾纠纷：未知的风险因素代码“NOPE”")
                .doesNotContain("请勾选零报告");
        assertThat(rejected.getMessage()).startsWith("【排查报告未通过校验").endsWith("】〔disputes[0].category〕");
    }

    @Test
    void valuesOfTheWrongTypeAreNamedNotGuessed() {
        assertThat(problems(Map.of("disputes", "{not json")))
                .containsExactly(new FieldError("disputes", "矛盾纠纷列表无法读取"));
        assertThat(problems(Map.of("disputes", "{\"a\":1}")))
                .containsExactly(new FieldError("disputes", "矛盾纠纷应为列表"));
        assertThat(problems(Map.of("zeroReport", "yes", "risks", 5)))
                .containsExactly(new FieldError("zeroReport", "应勾选或不勾选"), new FieldError("risks", "应为文字"));
        assertThat(problems(Map.of("disputes", List.of(Map.of("description", "x", "category", "LAND",
                "applicantName", "甲", "respondentName", "乙", "handling", "REGISTER_CASE", "peopleInvolved", "三",
                "colour", "red")))))
                .containsExactly(new FieldError("disputes[0].peopleInvolved", "涉及人数应为整数"),
                        new FieldError("disputes[0].colour", "未知字段"));
    }

    @Test
    void tooManyRowsAreRefusedAsAWhole() {
        Map<String, Object> row = Map.of("description", "x", "category", "LAND", "applicantName", "甲",
                "respondentName", "乙", "handling", "REGISTER_CASE");
        assertThat(problems(Map.of("disputes", Collections.nCopies(51, row))))
                .containsExactly(new FieldError("disputes", "一次最多报告50件矛盾纠纷"));
    }

    private List<FieldError> problems(Map<String, Object> variables) {
        return rejected(variables).problems();
    }

    private ScreeningReportRejected rejected(Map<String, Object> variables) {
        try {
            reader.read(variables);
        } catch (ScreeningReportRejected e) {
            return e;
        }
        throw new AssertionError("accepted: " + variables);
    }
}
