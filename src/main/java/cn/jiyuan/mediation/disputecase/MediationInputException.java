package cn.jiyuan.mediation.disputecase;

import cn.jiyuan.mediation.forms.FormInputException;

/** A form of the mediation process was completed with missing or inconsistent input (see {@link FormInputException}). */
public class MediationInputException extends FormInputException {

    public MediationInputException(String message) {
        super(message);
    }

    /** @param fieldKey the key of the form field the message concerns */
    public MediationInputException(String fieldKey, String message) {
        super(fieldKey, message);
    }
}
