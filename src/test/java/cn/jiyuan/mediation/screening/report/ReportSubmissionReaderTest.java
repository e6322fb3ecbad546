package cn.jiyuan.mediation.screening.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;

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
                [{"description":"欠薪","category":"LABOR_WAGE_DEBT","applicantName":"工人甲","respondentName":"某公司",
                  "handling":"REGISTER_CASE","amountInvolved":35000.5,"enterpriseRelated":true,
                  "riskIndicators":["MASS_INCIDENT_RISK"],"resolution":"ignored for cases"},
                 {"description":"","category":null,"riskIndicators":[]}]"""));
        assertThat(s.disputes()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(DisputeCategory.LABOR_WAGE_DEBT);
            assertThat(d.handling()).isEqualTo(Handling.REGISTER_CASE);
            assertThat(d.amountInvolved()).isEqualByComparingTo(new BigDecimal("35000.5"));
            assertThat(d.enterpriseRelated()).isTrue();
            assertThat(d.riskIndicators()).containsExactly(RiskIndicator.MASS_INCIDENT_RISK);
            assertThat(d.resolution()).isNull();
        });
    }

    @Test
    void everyProblemIsNamed() {
        assertThatThrownBy(() -> reader.read(Map.of("zeroReport", true, "risks", "x")))
                .hasMessageContaining("零报告不能同时填写矛盾纠纷或风险隐患");
        assertThatThrownBy(() -> reader.read(Map.of()))
                .hasMessageContaining("请勾选零报告，或填写发现的矛盾纠纷、风险隐患");
        assertThatThrownBy(() -> reader.read(Map.of("disputes", List.of(Map.of("description", "x",
                "category", "LAND", "applicantName", "甲", "respondentName", "乙", "handling", "REGISTER_CASE",
                "peopleInvolved", "0", "amountInvolved", "-1", "riskIndicators", List.of("NOPE"))))))
                .isInstanceOf(ScreeningReportRejected.class)
                .hasMessageContaining("第1件矛盾纠纷：涉及人数应为正整数")
                .hasMessageContaining("第1件矛盾纠纷：涉及金额应为不超过两位小数的非负数")
                .hasMessageContaining("第1件矛盾纠纷：未知的风险因素：NOPE")
                .hasMessageNotContaining("请勾选零报告");
        assertThatThrownBy(() -> reader.read(Map.of("disputes", "{not json")))
                .hasMessageContaining("矛盾纠纷列表无法读取");
    }
}
