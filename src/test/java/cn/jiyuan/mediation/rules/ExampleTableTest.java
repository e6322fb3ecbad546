package cn.jiyuan.mediation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.triage.RiskFacts;
import cn.jiyuan.mediation.triage.TriageFacts;

/** Reading an examples table ({@link ExampleTable}): names or codes, defaults, and every mistake named. */
class ExampleTableTest {

    @Test
    void valuesAreReadAsChineseNamesOrCodesAndEmptyCellsTakeTheDefaults() {
        List<Example> examples = risk("""
                说明,纠纷类型,风险因素,反弹次数,涉及人数,涉及金额(元),敏感时期,风险等级,是否预警
                两项因素,婚姻家庭,扬言极端行为(自杀、自残)、涉及老弱病残孕幼,,3,"12,000.50",是,重大风险,是
                代码也可以,NEIGHBOR,VIOLENCE_THREAT；REPEATED_PETITION,,,,false,HIGH,true
                受理时的反弹,合同,调解后反弹,,,,,中风险,
                """);
        assertThat(examples).hasSize(3);
        RiskFacts first = (RiskFacts) examples.get(0).facts();
        assertThat(first).isEqualTo(new RiskFacts(DisputeCategory.MARRIAGE_FAMILY,
                Set.of(RiskIndicator.EXTREME_BEHAVIOR, RiskIndicator.VULNERABLE_PARTY), 3, new BigDecimal("12000.50"), 0, true));
        assertThat(examples.get(0).expected()).containsExactly(Map.entry("风险等级", "CRITICAL"), Map.entry("是否预警", "true"));
        assertThat(examples.get(0).line()).isEqualTo(2);
        RiskFacts second = (RiskFacts) examples.get(1).facts();
        assertThat(second.indicators()).containsExactlyInAnyOrder(RiskIndicator.VIOLENCE_THREAT, RiskIndicator.REPEATED_PETITION);
        assertThat(second.peopleInvolved()).isZero();
        assertThat(second.amountInvolved()).isNull();
        assertThat(examples.get(1).expected()).containsOnlyKeys("风险等级", "是否预警");
        // as at intake, "调解后反弹" counts one rebound unless the count is given
        assertThat(((RiskFacts) examples.get(2).facts()).reboundCount()).isEqualTo(1);
        assertThat(examples.get(2).expected()).containsOnlyKeys("风险等级");
        assertThat(examples.get(2).inputs()).containsEntry("风险因素", "调解后反弹").containsEntry("涉及金额(元)", "未填");
    }

    @Test
    void triageDefaultsAndTheEmptyIndustry() {
        List<Example> examples = ExampleTable.read(RuleFiles.bytes("""
                纠纷类型,办理层级,行业调委会,说明
                合同,村(社区)调委会,无,一般纠纷
                """), RuleSet.TRIAGE.examples(), ExampleSource.UPLOADED);
        assertThat(examples.get(0).facts()).isEqualTo(new TriageFacts(DisputeCategory.CONTRACT, false, false, RiskLevel.LOW,
                true, false, IntakeChannel.WALK_IN));
        assertThat(examples.get(0).expected()).containsExactly(Map.entry("办理层级", HandlingLevel.VILLAGE.name()),
                Map.entry("行业调委会", ""));
        assertThat(examples.get(0).description()).isEqualTo("一般纠纷");
        assertThat(examples.get(0).source()).isEqualTo(ExampleSource.UPLOADED);
    }

    @Test
    void excelsChineseCsvIsReadToo() {
        byte[] gb18030 = "说明,纠纷类型,风险等级\n邻里,邻里,中风险\n".getBytes(Charset.forName("GB18030"));
        assertThat(ExampleTable.read(gb18030, RuleSet.RISK_ASSESSMENT.examples(), ExampleSource.UPLOADED)).hasSize(1);
        byte[] bom = ("\uFEFF说明,纠纷类型,风险等级\n邻里,邻里,中风险\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ExampleTable.read(bom, RuleSet.RISK_ASSESSMENT.examples(), ExampleSource.UPLOADED)).hasSize(1);
    }

    @Test
    void everyMistakeIsNamedWithItsLineAndColumn() {
        assertThatThrownBy(() -> risk("""
                说明,纠纷类型,风险因素,涉及人数,涉及金额(元),敏感时期,风险等级,是否预警
                一,婚恋,,两人,-5,也许,高,
                二,合同,扬言动手,,,,,

                四,,,,,,低风险,否
                """)).isInstanceOfSatisfying(ExamplesFormatException.class, e -> assertThat(e.problems()).containsExactly(
                "第2行“纠纷类型”：只能是以下之一：婚姻家庭、邻里、房屋宅基地、山林土地、合同、生产经营、损害赔偿、征地拆迁、环境污染、劳动争议、劳资债务、上学就业、"
                        + "消费、医疗卫生、道路交通、物业管理、知识产权、权益保障、其他，实际为“婚恋”",
                "第2行“涉及人数”：须为0或正整数，实际为“两人”",
                "第2行“涉及金额(元)”：须为不小于0的金额（元，最多两位小数），实际为“-5”",
                "第2行“敏感时期”：只能填写“是”或“否”，实际为“也许”",
                "第2行“风险等级”：只能是以下之一：低风险、中风险、高风险、重大风险，实际为“高”",
                "第3行：没有填写期望的结果（风险等级、是否预警至少填一项）",
                "第3行“风险因素”：无法识别“扬言动手”，只能是以下之一（多项用顿号分隔）：扬言暴力或报复、扬言极端行为(自杀、自残)、可能引发治安案件、"
                        + "可能民转刑、可能引发群体性事件、重复信访、涉及老弱病残孕幼、调解后反弹",
                "第5行“纠纷类型”：必填"));
    }

    @Test
    void aWrongHeaderIsNamed() {
        assertThatThrownBy(() -> risk("说明,类别,风险\n一,合同,低风险\n")).isInstanceOfSatisfying(ExamplesFormatException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "第1行第2列“类别”不是样例表的列名；列名只能是：说明，纠纷类型，风险因素，反弹次数，涉及人数，涉及金额(元)，敏感时期，风险等级，是否预警",
                        "第1行第3列“风险”不是样例表的列名；列名只能是：说明，纠纷类型，风险因素，反弹次数，涉及人数，涉及金额(元)，敏感时期，风险等级，是否预警",
                        "第1行：缺少列“纠纷类型”",
                        "第1行：缺少期望结果的列（风险等级、是否预警至少要有一列）"));
        assertThatThrownBy(() -> risk("说明,纠纷类型,风险等级\n")).isInstanceOfSatisfying(ExamplesFormatException.class,
                e -> assertThat(e.problems()).containsExactly("文件中只有列名，没有样例"));
        assertThatThrownBy(() -> risk("说明,纠纷类型,风险等级\n\"一,合同,低风险\n")).isInstanceOfSatisfying(
                ExamplesFormatException.class, e -> assertThat(e.problems()).containsExactly("从第2行开始的记录格式有误（例如引号没有闭合）"));
    }

    private static List<Example> risk(String csv) {
        return ExampleTable.read(RuleFiles.bytes(csv), RuleSet.RISK_ASSESSMENT.examples(), ExampleSource.UPLOADED);
    }
}
