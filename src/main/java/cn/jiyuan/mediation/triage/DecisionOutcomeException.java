package cn.jiyuan.mediation.triage;

/**
 * A decision gave no usable result for the facts (no rule matched, or a value the platform does not know). The
 * message is Chinese: it is shown to the supervisor whose new rule version is being tested.
 */
public class DecisionOutcomeException extends RuntimeException {

    public DecisionOutcomeException(String message) {
        super(message);
    }
}
