package cn.jiyuan.mediation.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A DMN file from the classpath parsed by a standalone DMN engine that records, per decision, which rules
 * matched in the last evaluation (required decisions included), so tests can assert the rule, not only
 * the output.
 */
final class DecisionTables {

    /** Matched rule ids per decision key of the last evaluation. */
    final Map<String, List<String>> matched = new LinkedHashMap<>();
    final DmnEngine engine;
    final Map<String, DmnDecision> decisions = new HashMap<>();
    private final String resource;

    DecisionTables(String resource) {
        this.resource = resource;
        DmnDecisionEvaluationListener recorder = this::record;
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionEvaluationListeners(List.of(recorder)).buildEngine();
        try (InputStream in = open()) {
            for (DmnDecision decision : engine.parseDecisions(in)) {
                decisions.put(decision.getKey(), decision);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open() {
        InputStream in = DecisionTables.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        return in;
    }

    private void record(DmnDecisionEvaluationEvent event) {
        List<DmnDecisionLogicEvaluationEvent> all = new ArrayList<>(event.getRequiredDecisionResults());
        all.add(event.getDecisionResult());
        for (DmnDecisionLogicEvaluationEvent logic : all) {
            if (logic instanceof DmnDecisionTableEvaluationEvent table) {
                matched.put(logic.getDecision().getKey(),
                        table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
            }
        }
    }

    /** The ids of every rule of the decision's table, as written in the file. */
    List<String> ruleIds(String decisionKey) {
        try (InputStream in = open()) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            Decision decision = model.getModelElementById(decisionKey);
            return ((DecisionTable) decision.getExpression()).getRules().stream().map(Rule::getId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
