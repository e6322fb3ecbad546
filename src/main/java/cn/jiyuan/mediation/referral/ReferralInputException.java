package cn.jiyuan.mediation.referral;

import cn.jiyuan.mediation.forms.FormInputException;

/** A referral or its answer filled in wrongly: the task stays open and Tasklist shows the message beside the field. */
public class ReferralInputException extends FormInputException {

    public ReferralInputException(String fieldKey, String message) {
        super(fieldKey, message);
    }
}
