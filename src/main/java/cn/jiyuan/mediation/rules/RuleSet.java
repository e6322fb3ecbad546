package cn.jiyuan.mediation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.triage.DecisionEvaluator;
import cn.jiyuan.mediation.triage.RiskAssessment;
import cn.jiyuan.mediation.triage.Triage;

/**
 * The rule files supervisors may change (processes/*.dmn), each with the contract the platform relies on and the
 * schema of its examples table (src/main/resources/rules/{code}-examples.csv).
 */
public enum RuleSet {

    RISK_ASSESSMENT("risk-assessment", "风险研判", RiskAssessment.RISK_DECISION, new RiskExamples(), List.of(
            new DecisionContract("riskBase", "风险因素研判", RiskAssessment.inputs(), List.of()),
            new DecisionContract(RiskAssessment.RISK_DECISION, "风险等级评定", RiskAssessment.inputs(), List.of(
                    new DecisionContract.Output(RiskAssessment.RISK_LEVEL, "风险等级",
                            codes(RiskLevel.values(), RiskLevel::label), false))),
            new DecisionContract(RiskAssessment.WARNING_DECISION, "预警判定", RiskAssessment.inputs(), List.of(
                    new DecisionContract.Output(RiskAssessment.EARLY_WARNING, "是否预警", null, false))))),

    TRIAGE("triage", "分类分流", Triage.TRIAGE_DECISION, new TriageExamples(), List.of(
            new DecisionContract(Triage.TRIAGE_DECISION, "分类分流", Triage.triageInputs(), List.of(
                    new DecisionContract.Output(Triage.HANDLING_LEVEL, "办理层级",
                            codes(HandlingLevel.values(), HandlingLevel::label), false),
                    new DecisionContract.Output(Triage.INDUSTRY, "行业调委会",
                            codes(DisputeCategory.values(), DisputeCategory::label), true))),
            new DecisionContract(Triage.GREEN_CHANNEL_DECISION, "涉企绿色通道", Triage.greenChannelInputs(), List.of(
                    new DecisionContract.Output(Triage.GREEN_CHANNEL, "是否走绿色通道", null, false)))));

    private final String code;
    private final String label;
    private final String mainDecision;
    private final ExampleSchema examples;
    private final List<DecisionContract> decisions;

    RuleSet(String code, String label, String mainDecision, ExampleSchema examples, List<DecisionContract> decisions) {
        this.code = code;
        this.label = label;
        this.mainDecision = mainDecision;
        this.examples = examples;
        this.decisions = decisions;
    }

    /** The code in the API ({@code /api/rules/{code}}) and the file's name without ".dmn". */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The decision whose version numbers the rule set's versions: every version deploys all its decisions. */
    public String mainDecision() {
        return mainDecision;
    }

    public String fileName() {
        return code + ".dmn";
    }

    /** The file as the project ships it (the Spring auto-deployment deploys it at startup). */
    public String shippedResource() {
        return "processes/" + fileName();
    }

    /** The project's examples table, which every version must pass. */
    public String examplesResource() {
        return "rules/" + code + "-examples.csv";
    }

    /**
     * What the decisions make of an example's facts (expected column → code), compared with
     * {@link Example#expected()}: the same code the platform runs for a case.
     */
    public Map<String, String> outcomes(Example example, DecisionEvaluator evaluator) {
        return examples.outcomes(example.facts(), evaluator);
    }

    ExampleSchema examples() {
        return examples;
    }

    List<DecisionContract> decisions() {
        return decisions;
    }

    public static Optional<RuleSet> of(String code) {
        for (RuleSet set : values()) {
            if (set.code.equals(code)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /** "risk-assessment（风险研判）、triage（分类分流）", for messages naming the choice. */
    public static String choices() {
        StringBuilder text = new StringBuilder();
        for (RuleSet set : values()) {
            text.append(text.length() == 0 ? "" : "、").append(set.code).append("（").append(set.label).append("）");
        }
        return text.toString();
    }

    private static <E extends Enum<E>> Map<String, String> codes(E[] constants, Function<E, String> label) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (E constant : constants) {
            codes.put(constant.name(), label.apply(constant));
        }
        return codes;
    }
}
