package cn.jiyuan.mediation.online;

import static cn.jiyuan.mediation.online.OnlineApplicationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.forms.FormInputException;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/online-application.bpmn alone: the real {@link OnlineApplicationDelegates} on a mocked
 * {@link ApplicantContacts} and case table. The call of dispute-case is played by starting the process with the case
 * number as business key and the variables its call activity passes in. Paths: the committee calls back in time
 * (the task is due at the end of the next working day); it misses the day, the town's justice office supervises,
 * then the committee calls; it calls while the supervision is open (the supervision goes); a form with a mistake
 * keeps the task open.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/online-application.bpmn")
class OnlineApplicationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(OnlineApplicationProcessTest.class);

    private static final Date T0 = Date.from(Instant.parse("2026-12-04T02:00:00Z")); // a Friday, 10:00 in Jiyuan
    private static final Date DUE = Date.from(Instant.parse("2026-12-07T15:59:59Z")); // Monday, 23:59:59 in Jiyuan
    private static final String CASE_NUMBER = "（2026）克井镇东许村调字第9号";
    private static final long CASE = 9L;
    private static final String COMMITTEE_GROUP = "committee-VC419001100201";
    private static final String MEDIATOR = "zhangli";
    private static final String OFFICE = "chensiyuan";

    private final ApplicantContacts contacts = mock(ApplicantContacts.class);
    private final CaseRepository cases = mock(CaseRepository.class);
    private final FormCatalog forms = mock(FormCatalog.class);
    private final CaseFile file = mock(CaseFile.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(T0);
        when(file.id()).thenReturn(CASE);
        when(cases.findByNumber(CASE_NUMBER)).thenReturn(Optional.of(file));
        when(contacts.contactDue(file)).thenReturn(DUE);
        when(forms.submitted(eq(OnlineApplicationDelegates.CONTACT_FORM), any()))
                .thenAnswer(call -> call.<VariableScope>getArgument(1).getVariables());
        CaseOfProcess caseOf = new CaseOfProcess(cases);
        OnlineApplicationDelegates delegates = new OnlineApplicationDelegates();
        Mocks.register("planApplicantContact", delegates.planApplicantContact(contacts, caseOf));
        Mocks.register("applicantContacted", delegates.applicantContacted(contacts, caseOf, forms));
        Mocks.register("applicantContactSupervised", delegates.applicantContactSupervised(contacts, caseOf));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ClockUtil.reset();
        ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
    }

    /** As dispute-case's call activity: business key the case number, the committee's group and the town. */
    private ProcessInstance apply() {
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER,
                Variables.createVariables().putValue("caseNumber", CASE_NUMBER).putValue(CANDIDATE_GROUP, COMMITTEE_GROUP)
                        .putValue(TOWN_CODE, "419001100"));
    }

    private Task task(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    private void completeAs(String user, Task task, Map<String, Object> form) {
        ENGINE.getProcessEngine().getIdentityService().setAuthenticatedUserId(user);
        try {
            complete(task, form);
        } finally {
            ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> contact() {
        return withVariables(CONTACT_RESULT, REACHED, CONTACT_WAY, "PHONE", CONTACT_NOTES, "已核实，对方同意调解",
                APPOINTMENT_DATE, "2026-12-08", APPOINTMENT_TIME, "09:00", APPOINTMENT_PLACE, "东许村调委会调解室");
    }

    private ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    @Test
    void theCommitteeCallsBackWithinTheWorkingDay() {
        ProcessInstance instance = apply();

        assertThat(instance).isWaitingAt("contactApplicant").task().hasCandidateGroup(COMMITTEE_GROUP).hasDueDate(DUE);
        assertThat(task("contactApplicant").getPriority()).isEqualTo(80);
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), CONTACT_DUE)).isEqualTo(DUE);

        completeAs(MEDIATOR, task("contactApplicant"), contact());

        org.mockito.ArgumentCaptor<Map<String, Object>> form = org.mockito.ArgumentCaptor.captor();
        verify(contacts).recordContact(eq(CASE), form.capture(), eq(MEDIATOR));
        assertThat(form.getValue()).containsAllEntriesOf(contact());
        assertThat(instance).hasPassed("applicantContacted").hasNotPassed("superviseContact").isEnded();
        assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(CONTACT_NOTES).singleResult()).as("the notes left the process").isNull();
        assertThat(engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the timer went with the task").isZero();
    }

    @Test
    void aMissedDayIsSupervisedByTheJusticeOfficeAndTheCallStillEndsIt() {
        ProcessInstance instance = apply();
        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), new Date(DUE.getTime() - 60_000));
        assertThat(instance).isWaitingAt("contactApplicant").hasNotPassed("contactOverdue");

        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), new Date(DUE.getTime() + 60_000));

        assertThat(instance).hasPassed("contactOverdue").isWaitingAt("contactApplicant", "superviseContact");
        assertThat(instance).task("superviseContact").hasCandidateGroup("justice-office-419001100");
        assertThat(task("superviseContact").getPriority()).isEqualTo(90);
        completeAs(OFFICE, task("superviseContact"), withVariables(SUPERVISION_OPINION, "请东许村调委会今日内联系申请人"));
        verify(contacts).recordSupervision(CASE, "请东许村调委会今日内联系申请人");
        assertThat(instance).hasPassed("contactSupervised").isWaitingAt("contactApplicant");

        completeAs(MEDIATOR, task("contactApplicant"), contact());
        assertThat(instance).hasPassed("applicantContacted").isEnded();
    }

    @Test
    void theCallEndsASupervisionStillOpen() {
        ProcessInstance instance = apply();
        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), new Date(DUE.getTime() + 60_000));
        assertThat(instance).isWaitingAt("contactApplicant", "superviseContact");

        completeAs(MEDIATOR, task("contactApplicant"), contact());

        assertThat(instance).hasPassed("applicantContacted").hasNotPassed("contactSupervised").isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
        verify(contacts, never()).recordSupervision(anyLong(), anyString());
    }

    @Test
    void aFormWithAMistakeKeepsTheTaskOpen() {
        doThrow(new FormInputException(APPOINTMENT_PLACE, "请填写约定调解的地点")).when(contacts)
                .recordContact(eq(CASE), anyMap(), anyString());
        ProcessInstance instance = apply();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeAs(MEDIATOR, task("contactApplicant"),
                withVariables(CONTACT_RESULT, REACHED, CONTACT_WAY, "PHONE", CONTACT_NOTES, "已联系",
                        APPOINTMENT_DATE, "2026-12-08"))).hasMessageContaining("请填写约定调解的地点");

        assertThat(instance).isWaitingAt("contactApplicant");
    }
}
