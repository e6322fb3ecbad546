package cn.jiyuan.mediation.rules;

import java.util.Map;

/**
 * One row of an examples table: the facts the platform would give the decisions, and the outcomes expected.
 *
 * @param line     the row's line in its CSV file (the header is line 1)
 * @param inputs   the inputs as the supervisor reads them (column → value in Chinese), for messages
 * @param facts    the facts object of the rule set (RiskFacts or TriageFacts)
 * @param expected the expected outcomes (column → code), only the columns the row fills
 */
public record Example(ExampleSource source, int line, String description, Map<String, String> inputs, Object facts,
                      Map<String, String> expected) {
}
