package cn.jiyuan.mediation.organization.staffing;

import static cn.jiyuan.mediation.organization.staffing.StaffingReviewVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.support.ProcessTestEngine;

/** processes/staffing-review.bpmn alone: the real {@link StaffingReviewDelegates} on a mocked {@link StaffingReview}. */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/staffing-review.bpmn")
class StaffingReviewProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(StaffingReviewProcessTest.class);

    private final StaffingReview review = mock(StaffingReview.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        StaffingReviewDelegates delegates = new StaffingReviewDelegates();
        Mocks.register("findStaffingGaps", delegates.findStaffingGaps(review));
        Mocks.register("showStaffingFindings", delegates.showStaffingFindings(review));
        Mocks.register("staffingReview", review);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
    }

    @Test
    void everyCommitteeStaffedEndsAtOnce() {
        when(review.officesWithFindings()).thenReturn(List.of());

        ProcessInstance instance = start();

        assertThat(instance).hasPassed("findGaps", "staffingCompliant").isEnded();
        assertThat(instance).hasNotPassed("rectify");
        verify(review, never()).groupFor(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void eachOfficeWithFindingsRectifiesInItsOwnGroup() {
        when(review.officesWithFindings()).thenReturn(List.of("JO419001001", StaffingReview.BUREAU));
        when(review.groupFor("JO419001001")).thenReturn("justice-office-419001001");
        when(review.groupFor(StaffingReview.BUREAU)).thenReturn("grassroots-section");
        when(review.summaryFor("JO419001001")).thenReturn("北海街道人民调解委员会：委员少于3人");
        when(review.summaryFor(StaffingReview.BUREAU)).thenReturn("市医疗纠纷人民调解委员会：无妇女委员");

        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("rectify");
        Task office = taskQuery().taskCandidateGroup("justice-office-419001001").singleResult();
        Task bureau = taskQuery().taskCandidateGroup("grassroots-section").singleResult();
        org.assertj.core.api.Assertions.assertThat(ENGINE.getProcessEngine().getTaskService()
                .getVariableLocal(office.getId(), FINDING_SUMMARY)).isEqualTo("北海街道人民调解委员会：委员少于3人");
        org.assertj.core.api.Assertions.assertThat(ENGINE.getProcessEngine().getTaskService()
                .getVariableLocal(bureau.getId(), FINDING_SUMMARY)).isEqualTo("市医疗纠纷人民调解委员会：无妇女委员");

        complete(office);
        assertThat(instance).isWaitingAt("rectify");
        complete(bureau);

        assertThat(instance).hasPassed("rectify", "rectified").isEnded();
        verify(review).summaryFor("JO419001001");
        verify(review).summaryFor(StaffingReview.BUREAU);
    }
}
