package cn.jiyuan.mediation.forms;

import org.camunda.bpm.engine.ProcessEngineException;

import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A form was completed with missing or inconsistent input: the task stays open and Tasklist shows the (Chinese)
 * message instead of completing it.
 */
public class FormInputException extends ProcessEngineException implements UserInputProblem {

    private final String userMessage;

    public FormInputException(String message) {
        super(UserInputProblem.envelope(message), UserInputProblem.CODE);
        this.userMessage = message;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }
}
