package cn.jiyuan.mediation.typicalcase;

import static cn.jiyuan.mediation.typicalcase.TypicalCaseVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/typical-case.bpmn alone: the town's justice office reviews, then the grassroots section; accepted cases
 * are published, a return at either review ends the nomination; a review without its reason keeps the task open
 * (real {@link TypicalCaseDelegates}, mocked {@link TypicalCases}).
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/typical-case.bpmn")
class TypicalCaseProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(TypicalCaseProcessTest.class);

    private final TypicalCases typicalCases = mock(TypicalCases.class);

    @BeforeEach
    void beans() {
        TypicalCaseDelegates delegates = new TypicalCaseDelegates();
        Mocks.register("recordTypicalCaseReview", delegates.recordTypicalCaseReview(typicalCases));
        Mocks.register("publishTypicalCase", delegates.publishTypicalCase(typicalCases));
        Mocks.register("returnTypicalCase", delegates.returnTypicalCase(typicalCases));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    private ProcessInstance start() {
        return engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "12", Variables.createVariables()
                .putValue(TYPICAL_CASE_ID, 12L).putValue(TOWN_CODE, "419001100")
                .putValue(JUSTICE_OFFICE_GROUP, "justice-office-419001100"));
    }

    private Task task(ProcessInstance instance) {
        return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private boolean ended(ProcessInstance instance, String endEvent) {
        return engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(endEvent).count() == 1;
    }

    @Test
    void bothReviewsAcceptAndTheCaseIsPublished() {
        ProcessInstance instance = start();
        Task office = task(instance);
        assertThat(office.getName()).isEqualTo("司法所审核典型案例");
        assertThat(engine().getTaskService().createTaskQuery().taskCandidateGroup("justice-office-419001100").count())
                .isEqualTo(1);
        engine().getTaskService().complete(office.getId(), Map.of(REVIEW_DECISION, ACCEPT, REVIEW_OPINION, "案例典型"));
        verify(typicalCases).recordReview(eq(12L), eq(OFFICE_REVIEW), eq(ACCEPT), eq("案例典型"), anyString());

        Task section = task(instance);
        assertThat(section.getName()).isEqualTo("基层科审核典型案例");
        assertThat(engine().getTaskService().createTaskQuery().taskId(section.getId())
                .taskCandidateGroup("grassroots-section").count()).isEqualTo(1);
        engine().getTaskService().complete(section.getId(), Map.of(REVIEW_DECISION, ACCEPT));

        verify(typicalCases).recordReview(eq(12L), eq(SECTION_REVIEW), eq(ACCEPT), isNull(), anyString());
        verify(typicalCases).publish(12L);
        verify(typicalCases, never()).markReturned(12L);
        assertThat(ended(instance, "published")).isTrue();
        // the opinion went to the table, not into history
        assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(REVIEW_OPINION).count()).isZero();
    }

    @Test
    void theJusticeOfficeReturnsTheNomination() {
        ProcessInstance instance = start();
        engine().getTaskService().complete(task(instance).getId(), Map.of(REVIEW_DECISION, RETURN,
                REVIEW_OPINION, "案情不完整"));
        verify(typicalCases).markReturned(12L);
        verify(typicalCases, never()).publish(12L);
        assertThat(ended(instance, "returned")).isTrue();
    }

    @Test
    void theGrassrootsSectionReturnsTheNomination() {
        ProcessInstance instance = start();
        engine().getTaskService().complete(task(instance).getId(), Map.of(REVIEW_DECISION, ACCEPT));
        engine().getTaskService().complete(task(instance).getId(), Map.of(REVIEW_DECISION, RETURN,
                REVIEW_OPINION, "典型意义不突出"));
        verify(typicalCases).markReturned(12L);
        assertThat(ended(instance, "returned")).isTrue();
    }

    @Test
    void aReturnWithoutItsReasonKeepsTheTaskOpen() {
        ProcessInstance instance = start();
        doThrow(new TypicalCaseReviewRejected("退回的，请在审核意见说明中写明退回理由", REVIEW_OPINION)).when(typicalCases)
                .recordReview(eq(12L), eq(OFFICE_REVIEW), eq(RETURN), isNull(), anyString());
        Task office = task(instance);
        assertThatThrownBy(() -> engine().getTaskService().complete(office.getId(), Map.of(REVIEW_DECISION, RETURN)))
                .hasMessageContaining("【退回的，请在审核意见说明中写明退回理由】〔reviewOpinion〕");
        assertThat(task(instance).getId()).isEqualTo(office.getId());
    }
}
