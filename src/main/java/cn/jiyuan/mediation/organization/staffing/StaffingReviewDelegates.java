package cn.jiyuan.mediation.organization.staffing;

import static cn.jiyuan.mediation.organization.staffing.StaffingReviewVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegate and task listener of processes/staffing-review.bpmn (referenced as {@code ${beanName}}), on
 * {@link StaffingReview} (which the model also calls as {@code ${staffingReview.groupFor(officeCode)}}).
 */
@Configuration(proxyBeanMethods = false)
public class StaffingReviewDelegates {

    /** 核查人员配备: which offices have staffing gaps (a routing fact: one rectification task each). */
    @Bean
    public JavaDelegate findStaffingGaps(StaffingReview review) {
        return execution -> execution.setVariable(OFFICES_WITH_FINDINGS, review.officesWithFindings());
    }

    /** 整改调委会人员配备, create: the findings of the task's office, for its form to show. */
    @Bean
    public TaskListener showStaffingFindings(StaffingReview review) {
        return task -> task.setVariableLocal(FINDING_SUMMARY,
                review.summaryFor((String) task.getVariable(OFFICE_CODE)));
    }
}
