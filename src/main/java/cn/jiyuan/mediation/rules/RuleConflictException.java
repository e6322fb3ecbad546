package cn.jiyuan.mediation.rules;

/** The rule set changed since the supervisor looked at it, or the change makes no sense now (answered 409). */
public class RuleConflictException extends RuntimeException {

    public RuleConflictException(String message) {
        super(message);
    }
}
