package cn.jiyuan.mediation.mediation.lifecycle;

import cn.jiyuan.mediation.platform.UserInputProblem;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form of the mediation process was completed with missing or inconsistent input: the task stays open and
 * Tasklist shows the (Chinese) message instead of completing it.
 */
public class MediationInputException extends ProcessEngineException implements UserInputProblem {

    private final String userMessage;

    public MediationInputException(String message) {
        super(UserInputProblem.envelope(message), UserInputProblem.CODE);
        this.userMessage = message;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }
}
