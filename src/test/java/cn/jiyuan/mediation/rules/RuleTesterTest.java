package cn.jiyuan.mediation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tests a new version must pass ({@link RuleTester}): the project's examples table and the supervisor's own
 * examples, every example decided as expected and every rule reached.
 */
class RuleTesterTest {

    private static final RuleTester tester = new RuleTester(false, false);

    @ParameterizedTest
    @EnumSource(RuleSet.class)
    void theShippedFilesPassTheProjectsExamplesAndEveryRuleIsReached(RuleSet set) {
        TestReport report = run(set, RuleFiles.shipped(set), null);
        assertThat(report.failures()).isEmpty();
        assertThat(report.uncovered()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.projectExamples()).isEqualTo(ProjectExamples.of(set).size()).isGreaterThan(10);
        assertThat(report.uploadedExamples()).isZero();
    }

    @Test
    void aChangedOutcomeFailsTheExamplesThatPinItNamedInChinese() {
        // the neighbour, family and homestead rule lowered back to 低风险
        TestReport report = run(RuleSet.RISK_ASSESSMENT, RuleFiles.riskWithoutTheCategoryRule(), null);
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(ExampleFailure::description).containsExactly(
                "婚姻家庭纠纷易引发民转刑，至少为中风险", "邻里纠纷易引发民转刑，至少为中风险", "房屋宅基地纠纷易引发民转刑，至少为中风险",
                "敏感时期的邻里纠纷提高一级为高风险");
        ExampleFailure neighbour = report.failures().get(1);
        assertThat(neighbour.source()).isEqualTo("项目样例");
        assertThat(neighbour.line()).isEqualTo(20);
        assertThat(neighbour.inputs()).isEqualTo("纠纷类型：邻里，风险因素：无，反弹次数：0次，涉及人数：2人，涉及金额(元)：3000元，敏感时期：否");
        assertThat(neighbour.expected()).isEqualTo("风险等级：中风险，是否预警：否");
        assertThat(neighbour.actual()).isEqualTo("风险等级：低风险，是否预警：否");
        assertThat(neighbour.message()).isEqualTo("项目样例第20行（邻里纠纷易引发民转刑，至少为中风险）：输入 纠纷类型：邻里，风险因素：无，"
                + "反弹次数：0次，涉及人数：2人，涉及金额(元)：3000元，敏感时期：否；期望 风险等级：中风险，是否预警：否；实际 风险等级：低风险，是否预警：否");
    }

    @Test
    void aRuleNoExampleReachesIsNamed() {
        String xml = RuleFiles.triageWithDemolitionRule();
        TestReport report = run(RuleSet.TRIAGE, xml, null);
        assertThat(report.failures()).isEmpty();
        assertThat(report.uncovered()).containsExactly("决策「分类分流」第12条规则（征地拆迁纠纷政策性强，由镇(街道)调处）没有任何样例命中");

        // the supervisor's own example reaches it: the version passes
        TestReport withExample = run(RuleSet.TRIAGE, xml, RuleFiles.DEMOLITION_EXAMPLE);
        assertThat(withExample.passed()).isTrue();
        assertThat(withExample.uploadedExamples()).isEqualTo(1);
    }

    @Test
    void theSupervisorsOwnExamplesAreRunAndNamedAsUploaded() {
        String examples = """
                说明,纠纷类型,风险因素,涉及人数,风险等级,是否预警
                山林土地纠纷三人，低风险,山林土地,,3,低风险,否
                我以为山林土地纠纷是中风险,LAND,,3,MEDIUM,
                """;
        TestReport report = run(RuleSet.RISK_ASSESSMENT, RuleFiles.shipped(RuleSet.RISK_ASSESSMENT), examples);
        assertThat(report.uploadedExamples()).isEqualTo(2);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("上传的样例");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.expected()).isEqualTo("风险等级：中风险");
            assertThat(f.actual()).isEqualTo("风险等级：低风险");
        });
    }

    @Test
    void aVersionThatGivesNoResultFailsWithTheReason() {
        // the catch-all rule of the triage table removed: a common dispute reaches no rule
        String xml = RuleFiles.shipped(RuleSet.TRIAGE);
        int from = xml.indexOf("<rule id=\"triage_village\">");
        int to = xml.indexOf("</rule>", from) + "</rule>".length();
        TestReport report = run(RuleSet.TRIAGE, xml.substring(0, from) + xml.substring(to), null);
        assertThat(report.failures()).isNotEmpty().allSatisfy(f ->
                assertThat(f.actual()).isEqualTo("无法得出结果：决策「分类分流」对这些情形没有任何规则命中，没有结果"));
    }

    @Test
    void aUniqueTableWithTwoMatchingRulesFailsInChinese() {
        // a second rule for rank 1 outside a sensitive period makes riskAssessment's UNIQUE table ambiguous
        String xml = RuleFiles.changed(RuleSet.RISK_ASSESSMENT, "<rule id=\"riskAssessment_rank2Normal\">", """
                <rule id="riskAssessment_rank1Again">
                        <inputEntry id="riskAssessment_rank1Again_ie1"><text>1</text></inputEntry>
                        <inputEntry id="riskAssessment_rank1Again_ie2"><text>-</text></inputEntry>
                        <outputEntry id="riskAssessment_rank1Again_oe1"><text>"LOW"</text></outputEntry>
                      </rule>
                      <rule id="riskAssessment_rank2Normal">""");
        TestReport report = run(RuleSet.RISK_ASSESSMENT, xml, null);
        assertThat(report.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.actual())
                .isEqualTo("无法得出结果：有多条规则同时命中，不符合决策表的命中策略（例如“唯一”）"));
    }

    private TestReport run(RuleSet set, String xml, String uploadedCsv) {
        RuleFileCheck.Checked checked = RuleFileCheck.check(set, RuleFiles.bytes(xml));
        assertThat(checked.problems()).isEmpty();
        List<Example> examples = new ArrayList<>(ProjectExamples.of(set));
        if (uploadedCsv != null) {
            examples.addAll(ExampleTable.read(RuleFiles.bytes(uploadedCsv), set.examples(), ExampleSource.UPLOADED));
        }
        return tester.run(set, checked.model(), examples);
    }
}
