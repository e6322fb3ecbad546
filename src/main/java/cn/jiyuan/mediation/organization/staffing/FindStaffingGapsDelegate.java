package cn.jiyuan.mediation.organization.staffing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task of staffing-review: which offices have staffing gaps (a routing fact). */
@Component("findStaffingGaps")
public class FindStaffingGapsDelegate implements JavaDelegate {

    private final StaffingReview review;

    public FindStaffingGapsDelegate(StaffingReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(StaffingReviewVariables.OFFICES_WITH_FINDINGS, review.officesWithFindings());
    }
}
