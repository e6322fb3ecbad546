package cn.jiyuan.mediation.mediation.lifecycle;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form of the mediation process was completed with missing or inconsistent input: the task stays open and
 * Tasklist shows the (Chinese) message instead of completing it.
 */
public class MediationInputException extends ProcessEngineException {

    public MediationInputException(String message) {
        super(message);
    }
}
