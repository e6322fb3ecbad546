package cn.jiyuan.mediation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.DmnHitPolicyException;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

import cn.jiyuan.mediation.triage.DecisionEvaluator;
import cn.jiyuan.mediation.triage.DecisionOutcomeException;

/**
 * Runs examples against a version of a rule file on a DMN engine of its own (the version is not deployed yet),
 * through the same code the platform uses for a case ({@code RiskAssessment.assess}, {@code Triage.decide}), and
 * records which rules the examples reached: a version passes when every example is decided as expected and every
 * rule of it is reached by at least one example (a rule nobody tried is an untested change).
 *
 * <p>The engine is configured like the process engine's for what changes a result: FEEL with the same legacy and
 * blank-output settings. It is built once (building one takes seconds); each run records the rules its examples
 * reach on its own thread, so concurrent runs do not mix.
 */
final class RuleTester {

    /** The rules reached by the examples of the run on this thread ("decisionKey#ruleId"). */
    private final ThreadLocal<Set<String>> reached = new ThreadLocal<>();
    private final DmnEngine engine;

    RuleTester(boolean feelLegacyBehavior, boolean blankTableOutputAsNull) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.enableFeelLegacyBehavior(feelLegacyBehavior);
        configuration.setReturnBlankTableOutputAsNull(blankTableOutputAsNull);
        configuration.customPostDecisionEvaluationListeners(List.of(this::record));
        engine = configuration.buildEngine();
    }

    TestReport run(RuleSet set, DmnModelInstance model, List<Example> examples) {
        Set<String> reachedNow = new LinkedHashSet<>();
        reached.set(reachedNow);
        try {
            return run(set, model, examples, reachedNow);
        } finally {
            reached.remove();
        }
    }

    private TestReport run(RuleSet set, DmnModelInstance model, List<Example> examples, Set<String> reachedNow) {
        Map<String, DmnDecision> decisions = new HashMap<>();
        for (DmnDecision decision : engine.parseDecisions(model)) {
            decisions.put(decision.getKey(), decision);
        }
        DecisionEvaluator evaluator = (key, variables) -> engine.evaluateDecision(decisions.get(key), variables);

        List<ExampleFailure> failures = new ArrayList<>();
        int project = 0;
        int uploaded = 0;
        for (Example example : examples) {
            if (example.source() == ExampleSource.PROJECT) {
                project++;
            } else {
                uploaded++;
            }
            ExampleFailure failure = check(set.examples(), example, evaluator);
            if (failure != null) {
                failures.add(failure);
            }
        }
        return new TestReport(project, uploaded, failures, uncovered(model, reachedNow));
    }

    private static ExampleFailure check(ExampleSchema schema, Example example, DecisionEvaluator evaluator) {
        Map<String, String> outcomes;
        try {
            outcomes = schema.outcomes(example.facts(), evaluator);
        } catch (DecisionOutcomeException e) {
            return failure(schema, example, e.getMessage());
        } catch (DmnHitPolicyException e) {
            return failure(schema, example, "有多条规则同时命中，不符合决策表的命中策略（例如“唯一”）");
        } catch (RuntimeException e) {
            return failure(schema, example, "规则中的表达式无法计算（请检查条件和输出的写法与数据类型）");
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        example.expected().forEach((column, code) -> {
            expected.add(column + "：" + schema.shown(column, code));
            actual.add(column + "：" + schema.shown(column, outcomes.get(column)));
        });
        boolean same = example.expected().entrySet().stream()
                .allMatch(e -> e.getValue().equals(outcomes.get(e.getKey())));
        return same ? null : failure(example, String.join("，", expected), String.join("，", actual));
    }

    private static ExampleFailure failure(ExampleSchema schema, Example example, String why) {
        List<String> expected = new ArrayList<>();
        example.expected().forEach((column, code) -> expected.add(column + "：" + schema.shown(column, code)));
        return failure(example, String.join("，", expected), "无法得出结果：" + why);
    }

    private static ExampleFailure failure(Example example, String expected, String actual) {
        List<String> inputs = new ArrayList<>();
        example.inputs().forEach((column, value) -> inputs.add(column + "：" + value));
        String inputText = String.join("，", inputs);
        String where = example.source().label() + "第" + example.line() + "行"
                + (example.description() == null ? "" : "（" + example.description() + "）");
        return new ExampleFailure(example.source().label(), example.line(), example.description(), inputText, expected,
                actual, where + "：输入 " + inputText + "；期望 " + expected + "；实际 " + actual);
    }

    private void record(DmnDecisionEvaluationEvent event) {
        Set<String> reached = this.reached.get();
        if (reached == null) {
            return;
        }
        List<DmnDecisionLogicEvaluationEvent> all = new ArrayList<>(event.getRequiredDecisionResults());
        all.add(event.getDecisionResult());
        for (DmnDecisionLogicEvaluationEvent logic : all) {
            if (logic instanceof DmnDecisionTableEvaluationEvent table) {
                for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
                    reached.add(logic.getDecision().getKey() + "#" + rule.getId());
                }
            }
        }
    }

    /** The rules no example reached, named by decision, number and description. */
    private static List<String> uncovered(DmnModelInstance model, Set<String> reached) {
        List<String> uncovered = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            int number = 0;
            for (Rule rule : table.getRules()) {
                number++;
                if (!reached.contains(decision.getId() + "#" + rule.getId())) {
                    String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
                    uncovered.add("决策「" + (decision.getName() == null ? decision.getId() : decision.getName()) + "」第"
                            + number + "条规则" + (description == null || description.isBlank() ? ""
                            : "（" + description.strip() + "）") + "没有任何样例命中");
                }
            }
        }
        return uncovered;
    }
}
