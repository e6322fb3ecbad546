package cn.jiyuan.mediation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checks a new version of a rule file passes before any example runs ({@link RuleFileCheck}). */
class RuleFileCheckTest {

    @ParameterizedTest
    @EnumSource(RuleSet.class)
    void theShippedFilesPass(RuleSet set) {
        assertThat(RuleFileCheck.check(set, RuleFiles.bytes(RuleFiles.shipped(set))).problems()).isEmpty();
    }

    @Test
    void xmlThatDoesNotParseIsRefusedWithItsLine() {
        List<String> problems = problems(RuleSet.TRIAGE, "<?xml version=\"1.0\"?>\n<definitions>\n<decision></definitions>");
        assertThat(problems).containsExactly("上传的文件不是有效的 XML，无法解析（第3行附近）");
        assertThat(problems(RuleSet.TRIAGE, "")).containsExactly("上传的规则文件是空的");
        assertThat(problems(RuleSet.TRIAGE, "这不是规则文件")).singleElement().asString().startsWith("上传的文件不是有效的 XML");
    }

    @Test
    void aDocumentTypeIsRefusedSoThatNoEntityIsEverRead() {
        String xml = RuleFiles.changed(RuleSet.TRIAGE, "<definitions ", "<!DOCTYPE definitions [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<definitions ").replace("跨镇(街道)纠纷，由市级人民调解中心调处", "&x;");
        assertThat(problems(RuleSet.TRIAGE, xml)).containsExactly("规则文件不能包含文档类型声明（DOCTYPE）");
    }

    @Test
    void wellFormedXmlThatIsNoDmnModelIsRefused() {
        assertThat(problems(RuleSet.TRIAGE, "<?xml version=\"1.0\"?><html><body>规则</body></html>")).singleElement()
                .asString().startsWith("不是有效的 DMN 文件").contains("Camunda Modeler");
    }

    @Test
    void aChangedDecisionIdIsNamed() {
        String xml = RuleFiles.changed(RuleSet.TRIAGE, "<decision id=\"triage\"", "<decision id=\"triage2\"")
                .replace("dmnElementRef=\"triage\"", "dmnElementRef=\"triage2\"");
        assertThat(problems(RuleSet.TRIAGE, xml)).contains(
                "缺少决策「分类分流」（id 为 triage）：平台按这个 id 使用它，决策的 id 不能修改或删除",
                "文件中有平台不认识的决策「分类分流」（id 为 triage2）；分类分流规则只能包含以下决策：triage、greenChannel");
    }

    @Test
    void theOtherRuleSetsFileIsRefused() {
        // deploying triage.dmn as the risk rules would change the triage decisions past their tests
        List<String> problems = problems(RuleSet.RISK_ASSESSMENT, RuleFiles.shipped(RuleSet.TRIAGE));
        assertThat(problems).contains("缺少决策「风险等级评定」（id 为 riskAssessment）：平台按这个 id 使用它，决策的 id 不能修改或删除")
                .anyMatch(p -> p.startsWith("文件中有平台不认识的决策「分类分流」（id 为 triage）"));
    }

    @Test
    void aRenamedOutputIsNamed() {
        String xml = RuleFiles.changed(RuleSet.RISK_ASSESSMENT, "name=\"riskLevel\"", "name=\"level\"");
        assertThat(problems(RuleSet.RISK_ASSESSMENT, xml)).anyMatch(p -> p.startsWith(
                "决策「风险等级评定」缺少输出「风险等级」（名称须为 riskLevel）：平台按这个名称读取结果"));
    }

    @Test
    void aRenamedInputIsNamedWithWhatTheRulesMayUse() {
        String xml = RuleFiles.changed(RuleSet.RISK_ASSESSMENT, "<text>category</text>", "<text>disputeType</text>");
        assertThat(problems(RuleSet.RISK_ASSESSMENT, xml)).singleElement().asString()
                .startsWith("决策「风险因素研判」使用了平台不提供的数据：disputeType（名称已修改或拼写有误？）；可以使用的数据：category（纠纷类型）")
                .contains("sensitivePeriod（是否敏感时期）");
    }

    @Test
    void requiredDecisionsOutputsMayBeRead() {
        // riskAssessment reads riskRank, the output of riskBase; earlyWarning reads riskLevel of riskAssessment
        String xml = RuleFiles.changed(RuleSet.RISK_ASSESSMENT, "<text>riskRank</text>", "<text>rank</text>");
        assertThat(problems(RuleSet.RISK_ASSESSMENT, xml)).singleElement().asString()
                .startsWith("决策「风险等级评定」使用了平台不提供的数据：rank").contains("riskRank（决策「风险因素研判」的输出）");
    }

    @Test
    void aDecisionWithoutHistoryTimeToLiveIsNamed() {
        String xml = RuleFiles.changed(RuleSet.TRIAGE, "<decision id=\"greenChannel\" name=\"涉企绿色通道\" camunda:historyTimeToLive=\"P180D\">",
                "<decision id=\"greenChannel\" name=\"涉企绿色通道\">");
        assertThat(problems(RuleSet.TRIAGE, xml)).containsExactly(
                "决策「涉企绿色通道」没有设置历史保留期限（camunda:historyTimeToLive）；平台要求每个决策都设置，例如 P180D");
    }

    @Test
    void anOutputValueThePlatformDoesNotKnowIsNamedWithItsRule() {
        String xml = RuleFiles.changed(RuleSet.TRIAGE, "<text>\"TOWN\"</text>", "<text>\"XIANG\"</text>");
        assertThat(problems(RuleSet.TRIAGE, xml)).first().asString()
                .startsWith("决策「分类分流」第9条规则的输出「办理层级」为 \"XIANG\"；只能是以下之一（带英文双引号）：VILLAGE（村(社区)调委会）");
    }

    @Test
    void onlyFeelIsAllowedSoThatNoRuleRunsCodeOnTheServer() {
        String juel = RuleFiles.changed(RuleSet.TRIAGE, "<inputExpression id=\"triage_inExpr_category\" typeRef=\"string\" "
                + "expressionLanguage=\"feel\">", "<inputExpression id=\"triage_inExpr_category\" typeRef=\"string\" "
                + "expressionLanguage=\"juel\">").replace("<text>category</text>", "<text>${caseIntakeService}</text>");
        assertThat(problems(RuleSet.TRIAGE, juel)).contains("文件中使用了 juel 表达式；规则只能使用 FEEL 表达式");
        String script = RuleFiles.changed(RuleSet.TRIAGE, "expressionLanguage=\"feel\"", "expressionLanguage=\"javascript\"");
        assertThat(problems(RuleSet.TRIAGE, script)).contains("文件中使用了 javascript 表达式；规则只能使用 FEEL 表达式");
        String external = RuleFiles.changed(RuleSet.TRIAGE, "<text>\"CITY_CENTER\"</text>",
                "<text>function(x) external {java: {class: \"java.lang.System\", method signature: \"exit(int)\"}}</text>");
        assertThat(problems(RuleSet.TRIAGE, external)).contains("文件中定义了外部函数（external）；规则不能调用平台之外的程序");
    }

    private static List<String> problems(RuleSet set, String xml) {
        return RuleFileCheck.check(set, RuleFiles.bytes(xml)).problems();
    }
}
