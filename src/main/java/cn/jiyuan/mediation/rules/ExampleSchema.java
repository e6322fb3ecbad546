package cn.jiyuan.mediation.rules;

import java.util.List;
import java.util.Map;

import cn.jiyuan.mediation.triage.DecisionEvaluator;

/** The columns of a rule set's examples table, how a row becomes facts, and what the decisions make of them. */
interface ExampleSchema {

    /** The description column every table starts with. */
    String DESCRIPTION = "说明";

    /** Every column, in the order of the project's table. */
    List<String> columns();

    /** The columns a table cannot leave out. */
    List<String> requiredColumns();

    /** The columns that hold expected outcomes (at least one must be filled in a row). */
    List<String> expectedColumns();

    /** The row as an example; problems are added to the cells' list (the example is then not used). */
    Example example(ExampleSource source, ExampleCells cells, String description);

    /**
     * The outcomes of the decisions for the example's facts (expected column → code).
     *
     * @throws RuntimeException when a decision cannot be evaluated for them
     */
    Map<String, String> outcomes(Object facts, DecisionEvaluator evaluator);

    /** An outcome code as the supervisor reads it (高风险, 是). */
    String shown(String column, String code);
}
