package cn.jiyuan.mediation.triage;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/** Reads a decision's result the way the platform relies on it, refusing in Chinese what it cannot use. */
final class Outcomes {

    private Outcomes() {
    }

    static DmnDecisionResultEntries single(DmnDecisionResult result, String decisionName) {
        if (result == null || result.isEmpty()) {
            throw new DecisionOutcomeException("决策「" + decisionName + "」对这些情形没有任何规则命中，没有结果");
        }
        if (result.size() > 1) {
            throw new DecisionOutcomeException("决策「" + decisionName + "」对这些情形给出了" + result.size() + "个结果，平台只能使用一个");
        }
        return result.getSingleResult();
    }

    /** The enum constant a decision output names; refused when the output is empty or not one of the codes. */
    static <E extends Enum<E>> E code(Class<E> type, Object value, String outputName) {
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new DecisionOutcomeException("输出「" + outputName + "」没有值");
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new DecisionOutcomeException("输出「" + outputName + "」的值 " + text + " 不是平台认识的代码");
        }
    }
}
