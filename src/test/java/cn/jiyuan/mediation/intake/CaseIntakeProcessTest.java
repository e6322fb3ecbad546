package cn.jiyuan.mediation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/case-intake.bpmn alone: the real {@link RegisterCaseFromFormDelegate} on a mocked reader, intake
 * service, scope and drafts. A rejected form takes the error boundary (INVALID_INTAKE) to the correction task of
 * the person who registered it, and the corrected form goes through the same registration.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/case-intake.bpmn")
class CaseIntakeProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(CaseIntakeProcessTest.class);

    private static final String CLERK = "li.dengji";

    private final CaseIntakeRequestReader reader = mock(CaseIntakeRequestReader.class);
    private final CaseIntakeService intake = mock(CaseIntakeService.class);
    private final IntakeScope scope = mock(IntakeScope.class);
    private final IntakeDrafts drafts = mock(IntakeDrafts.class);
    private final CaseIntakeRequest request = mock(CaseIntakeRequest.class);
    private final CaseIntakeResult registered = new CaseIntakeResult(31L, "济调〔2026〕0031号", "pi-31", "REGISTERED",
            "TOWN", "TC419001001", "北海街道人民调解委员会", "MEDIUM", false, false, LocalDate.of(2027, 1, 2));

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        when(request.townCode()).thenReturn("419001001");
        when(scope.refusal(any(), eq("419001001"))).thenReturn(Optional.empty());
        when(drafts.find(anyString())).thenReturn(Optional.empty());
        when(drafts.fields()).thenReturn(List.of("parties"));
        when(intake.submit(request, CLERK, null)).thenReturn(registered);
        Mocks.register("registerCaseFromForm", new RegisterCaseFromFormDelegate(reader, intake,
                ENGINE.getProcessEngine().getIdentityService(), scope, drafts));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
    }

    private ProcessInstance register() {
        IdentityService identity = ENGINE.getProcessEngine().getIdentityService();
        identity.setAuthenticatedUserId(CLERK);
        try {
            return runtime().startProcessInstanceByKey("case-intake", withVariables(
                    "channel", "VISIT", "category", "NEIGHBOR", "summary", "邻里通道纠纷", "townCode", "419001001"));
        } finally {
            identity.clearAuthentication();
        }
    }

    private RuntimeService runtime() {
        return ENGINE.getProcessEngine().getRuntimeService();
    }

    @Test
    void validFormIsRegisteredAtOnce() {
        when(reader.read(any())).thenReturn(request);

        ProcessInstance instance = register();

        assertThat(instance).hasPassed("registerCase", "caseRegisteredEnd").hasNotPassed("correctIntake").isEnded();
        verify(intake).submit(request, CLERK, null);
        verify(drafts).delete(instance.getId());
        verify(drafts, never()).save(anyString(), anyString(), anyMap());
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseNumber").singleResult().getValue())
                .isEqualTo("济调〔2026〕0031号");
    }

    @Test
    void rejectedFormGoesBackToTheClerkAndTheCorrectionIsRegistered() {
        when(reader.read(any()))
                .thenThrow(new InvalidRequestException(List.of(new FieldError("townCode", "不是本市的镇（街道）"))))
                .thenReturn(request);

        ProcessInstance instance = register();

        assertThat(instance).hasPassed("invalidIntake").isWaitingAt("correctIntake").task().isAssignedTo(CLERK);
        assertThat((String) runtime().getVariable(instance.getId(), RegisterCaseFromFormDelegate.INTAKE_ERRORS))
                .contains("不是本市的镇（街道）");
        verify(drafts).save(eq(instance.getId()), eq(CLERK), anyMap());
        verify(intake, never()).submit(any(), anyString(), any());

        ENGINE.getProcessEngine().getIdentityService().setAuthenticatedUserId(CLERK);
        complete(task(instance), withVariables("townCode", "419001001"));

        assertThat(instance).hasPassed("correctIntake", "registerCase", "caseRegisteredEnd").isEnded();
        verify(reader, times(2)).read(any());
        verify(intake).submit(request, CLERK, null);
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(RegisterCaseFromFormDelegate.INTAKE_ERRORS)
                .singleResult()).as("the errors are removed once the case is registered").isNull();
    }
}
