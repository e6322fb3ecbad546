package cn.jiyuan.mediation.triage;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Evaluates one decision of a DMN file by its key: the process engine's latest deployed version for cases, or a
 * candidate version parsed on its own while it is being tested (package rules), so both run the same code from the
 * same facts.
 */
@FunctionalInterface
public interface DecisionEvaluator {

    DmnDecisionResult evaluate(String decisionKey, VariableMap variables);
}
