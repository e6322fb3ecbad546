package cn.jiyuan.mediation.forms;

import org.camunda.bpm.engine.ProcessEngineException;

import cn.jiyuan.mediation.platform.UserInputProblem;

/**
 * A form was completed with missing or inconsistent input: the task stays open and Tasklist shows the (Chinese)
 * message instead of completing it, beside the field it names (when it names one).
 */
public class FormInputException extends ProcessEngineException implements UserInputProblem {

    private final String userMessage;
    private final String fieldKey;

    public FormInputException(String message) {
        this(null, message);
    }

    /** @param fieldKey the key of the form field the message concerns */
    public FormInputException(String fieldKey, String message) {
        super(UserInputProblem.envelope(message, fieldKey), UserInputProblem.CODE);
        this.userMessage = message;
        this.fieldKey = fieldKey;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }

    @Override
    public String fieldKey() {
        return fieldKey;
    }
}
