package cn.jiyuan.mediation.rules;

import java.util.List;
import java.util.Map;

/**
 * What the platform relies on in one decision of a rule file: its id (the key the platform evaluates it by), the
 * data the platform gives it, and the outputs it reads with the only values it understands.
 *
 * @param key       the decision's id, which a new version may not change
 * @param name      the decision's Chinese name, for messages
 * @param inputs    the variables the platform provides (name → Chinese), besides the outputs of required decisions
 * @param outputs   the outputs the platform reads; none for a decision only other decisions of the file use
 */
record DecisionContract(String key, String name, Map<String, String> inputs, List<Output> outputs) {

    /**
     * An output the platform reads.
     *
     * @param values   the codes it may hold (code → Chinese), or null when any value is read (a flag)
     * @param nullable whether a rule may leave it empty ({@code null})
     */
    record Output(String name, String label, Map<String, String> values, boolean nullable) {
    }
}
