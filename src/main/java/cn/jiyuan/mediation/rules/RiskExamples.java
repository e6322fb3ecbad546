package cn.jiyuan.mediation.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.triage.DecisionEvaluator;
import cn.jiyuan.mediation.triage.RiskAssessment;
import cn.jiyuan.mediation.triage.RiskFacts;
import cn.jiyuan.mediation.triage.RiskResult;

/**
 * The examples of risk-assessment.dmn (rules/risk-assessment-examples.csv): the facts of a registration (category,
 * indicators, rebounds, people, amount, sensitive period) and the expected level and early warning. Empty cells:
 * no indicator, 0 people, no amount, not in a sensitive period, and one rebound when 调解后反弹 is among the
 * indicators (as at intake); an empty 是否预警 is not checked.
 */
final class RiskExamples implements ExampleSchema {

    static final String CATEGORY = "纠纷类型";
    static final String INDICATORS = "风险因素";
    static final String REBOUNDS = "反弹次数";
    static final String PEOPLE = "涉及人数";
    static final String AMOUNT = "涉及金额(元)";
    static final String SENSITIVE = "敏感时期";
    static final String LEVEL = "风险等级";
    static final String WARNING = "是否预警";

    @Override
    public List<String> columns() {
        return List.of(DESCRIPTION, CATEGORY, INDICATORS, REBOUNDS, PEOPLE, AMOUNT, SENSITIVE, LEVEL, WARNING);
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(DESCRIPTION, CATEGORY);
    }

    @Override
    public List<String> expectedColumns() {
        return List.of(LEVEL, WARNING);
    }

    @Override
    public Example example(ExampleSource source, ExampleCells cells, String description) {
        cells.required(CATEGORY);
        DisputeCategory category = cells.code(CATEGORY, DisputeCategory.class, DisputeCategory::label);
        Set<RiskIndicator> indicators = cells.codes(INDICATORS, RiskIndicator.class, RiskIndicator::label);
        int people = cells.count(PEOPLE);
        BigDecimal amount = cells.amount(AMOUNT);
        boolean sensitive = cells.yesNo(SENSITIVE, false);
        RiskLevel level = cells.code(LEVEL, RiskLevel.class, RiskLevel::label);
        Boolean warning = cells.yesNo(WARNING);
        if (indicators == null) {
            return null;
        }
        RiskFacts atIntake = RiskFacts.atIntake(category, indicators, people, amount, sensitive);
        RiskFacts facts = cells.has(REBOUNDS) ? new RiskFacts(category, indicators, people, amount, cells.count(REBOUNDS),
                sensitive) : atIntake;

        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(CATEGORY, category == null ? "" : category.label());
        inputs.put(INDICATORS, indicators.isEmpty() ? "无" : ExampleCells.names(indicators, RiskIndicator::label));
        inputs.put(REBOUNDS, facts.reboundCount() + "次");
        inputs.put(PEOPLE, people + "人");
        inputs.put(AMOUNT, amount == null ? "未填" : amount.toPlainString() + "元");
        inputs.put(SENSITIVE, sensitive ? "是" : "否");
        Map<String, String> expected = new LinkedHashMap<>();
        if (level != null) {
            expected.put(LEVEL, level.name());
        }
        if (warning != null) {
            expected.put(WARNING, warning.toString());
        }
        return new Example(source, cells.line(), description, inputs, facts, expected);
    }

    @Override
    public Map<String, String> outcomes(Object facts, DecisionEvaluator evaluator) {
        RiskResult result = RiskAssessment.assess((RiskFacts) facts, evaluator);
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put(LEVEL, result.riskLevel().name());
        outcomes.put(WARNING, Boolean.toString(result.earlyWarning()));
        return outcomes;
    }

    @Override
    public String shown(String column, String code) {
        return switch (column) {
            case LEVEL -> RiskLevel.valueOf(code).label();
            case WARNING -> Boolean.parseBoolean(code) ? "是" : "否";
            default -> code;
        };
    }
}
