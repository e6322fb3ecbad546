package cn.jiyuan.mediation.organization.staffing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the findings of the task's office on the rectification task, for its form to show. */
@Component("showStaffingFindings")
public class ShowStaffingFindingsListener implements TaskListener {

    private final StaffingReview review;

    public ShowStaffingFindingsListener(StaffingReview review) {
        this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
        String officeCode = (String) task.getVariable(StaffingReviewVariables.OFFICE_CODE);
        task.setVariableLocal(StaffingReviewVariables.FINDING_SUMMARY, review.summaryFor(officeCode));
    }
}
