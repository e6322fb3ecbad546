package cn.jiyuan.mediation.disputecase;

import static cn.jiyuan.mediation.disputecase.DisputeCaseVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
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
import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.disputecase.MediationLifecycleService.Action;
import cn.jiyuan.mediation.disputecase.MediationLifecycleService.Reassessment;
import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.intake.CaseIntakeDelegates;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/dispute-case.bpmn alone: the real {@link DisputeCaseDelegates} and {@link CaseIntakeDelegates#recordRefusal} on a
 * mocked {@link MediationLifecycleService}, {@link MediationSchedule} (the timers' dates) and case table. The
 * clock starts at {@link #T0}; the deadline, follow-up and judicial-confirmation dates are fixed from there, and the
 * timers fire when the test moves the engine clock past them.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/dispute-case.bpmn")
class DisputeCaseProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(DisputeCaseProcessTest.class);

    private static final long DAY = 86_400_000L;
    private static final Date T0 = Date.from(Instant.parse("2026-12-01T02:00:00Z"));
    private static final Date MEDIATION_DEADLINE = at(30);
    private static final String CASE_NUMBER = "济调〔2026〕0057号";
    private static final long CASE = 57L;
    private static final long AGREEMENT = 7L;
    private static final String COMMITTEE_GROUP = "committee-VC419001001001";
    private static final String MEDIATOR_ZHAO = "zhao.tiaojie";
    /** A green-channel case registered at T0 (Tuesday 10:00): first contact due by the end of Wednesday, reminded at noon. */
    private static final Date FIRST_CONTACT_DUE = Date.from(Instant.parse("2026-12-02T15:59:59Z"));
    private static final Date FIRST_CONTACT_NOON = Date.from(Instant.parse("2026-12-02T04:00:00Z"));

    private final MediationLifecycleService lifecycle = mock(MediationLifecycleService.class);
    private final MediationSchedule schedule = mock(MediationSchedule.class);
    private final FormCatalog forms = mock(FormCatalog.class);
    private final CaseStatusService statuses = mock(CaseStatusService.class);
    private final CaseRepository cases = mock(CaseRepository.class);
    private final GreenChannelFirstContact firstContact = mock(GreenChannelFirstContact.class);

    private static Date at(int days) {
        return new Date(T0.getTime() + days * DAY);
    }

    @BeforeEach
    void beans() {
        ProcessEngine engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(T0);

        CaseFile file = mock(CaseFile.class);
        when(file.id()).thenReturn(CASE);
        when(cases.findByNumber(CASE_NUMBER)).thenReturn(Optional.of(file));
        CaseOfProcess caseOf = new CaseOfProcess(cases);

        // the submitted form is what the task or execution holds; the action chosen is the form's
        when(forms.submitted(anyString(), any())).thenAnswer(call -> call.<VariableScope>getArgument(1).getVariables());
        when(lifecycle.completeMediation(eq(CASE), any(), anyInt()))
                .thenAnswer(call -> Action.valueOf(String.valueOf(call.<Map<String, Object>>getArgument(1)
                        .get(MEDIATION_ACTION))));
        when(lifecycle.recordAgreement(eq(CASE), any(), any()))
                .thenReturn(new MediationLifecycleService.RecordedAgreement(AGREEMENT, 501L));

        when(schedule.reminderAt(any())).thenAnswer(call -> new Date(call.<Date>getArgument(0).getTime() - 5 * DAY));
        when(schedule.cityCenterAfter()).thenReturn("P5D");
        when(schedule.followUpIds(AGREEMENT)).thenReturn(List.of(101L, 102L));
        when(schedule.followUpAt(101L)).thenReturn(at(7));
        when(schedule.followUpAt(102L)).thenReturn(at(20));
        when(schedule.followUpDue(any())).thenReturn(at(40));
        when(schedule.judicialConfirmationReminderAt(AGREEMENT)).thenReturn(at(25));
        when(schedule.judicialConfirmationWindowEnd(AGREEMENT)).thenReturn(at(30));
        when(firstContact.reminderAt(FIRST_CONTACT_DUE)).thenReturn(FIRST_CONTACT_NOON);

        DisputeCaseDelegates delegates = new DisputeCaseDelegates(caseOf);
        Mocks.register("mediationSchedule", schedule);
        Mocks.register("recordRefusal", new CaseIntakeDelegates().recordRefusal(statuses, caseOf));
        Mocks.register("mediationCreated", delegates.mediationCreated());
        Mocks.register("agreementTaskCreated", delegates.agreementTaskCreated());
        Mocks.register("mediationCompleted", delegates.mediationCompleted(lifecycle, forms));
        Mocks.register("extendDeadline", delegates.extendDeadline(lifecycle));
        Mocks.register("handOver", delegates.handOver(lifecycle));
        Mocks.register("remindDeadline", delegates.remindDeadline(lifecycle));
        Mocks.register("checkOverdue", delegates.checkOverdue(lifecycle));
        Mocks.register("supervisionCompleted", delegates.supervisionCompleted(lifecycle));
        Mocks.register("recordMediationOutcome", delegates.recordMediationOutcome(lifecycle, forms));
        Mocks.register("referralNoticeCompleted", delegates.referralNoticeCompleted(lifecycle));
        Mocks.register("judicialConfirmationCompleted", delegates.judicialConfirmationCompleted(lifecycle));
        Mocks.register("remindJudicialConfirmation", delegates.remindJudicialConfirmation(lifecycle));
        Mocks.register("judicialConfirmationLapsed", delegates.judicialConfirmationLapsed(lifecycle));
        Mocks.register("planFollowUps", delegates.planFollowUps(lifecycle));
        Mocks.register("followUpCompleted", delegates.followUpCompleted(lifecycle));
        Mocks.register("reopenMediation", delegates.reopenMediation(lifecycle));
        Mocks.register("closeCase", delegates.closeCase(lifecycle));
        Mocks.register("greenChannelFirstContact", firstContact);
        Mocks.register("remindFirstContact", delegates.remindFirstContact(firstContact));
        Mocks.register("checkFirstContact", delegates.checkFirstContact(firstContact));
        Mocks.register("firstContactSupervised", delegates.firstContactSupervised(firstContact));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
    }

    // ---- steps ------------------------------------------------------------------------------------------

    /** As DisputeCaseStarter: business key = case number, the routing variables of the registration. */
    private ProcessInstance register(boolean partyRefused) {
        return register(partyRefused, false, null);
    }

    /** An enterprise-related case of the green channel: first contact due by {@link #FIRST_CONTACT_DUE}. */
    private ProcessInstance registerGreenChannel() {
        return register(false, true, FIRST_CONTACT_DUE);
    }

    private ProcessInstance register(boolean partyRefused, boolean greenChannel, Date startBy) {
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER,
                Variables.createVariables()
                        .putValue(CASE_ID, CASE).putValue(CASE_NUMBER, CASE_NUMBER).putValue(CATEGORY, "NEIGHBOR")
                        .putValue(TOWN_CODE, "419001001").putValue(HANDLING_LEVEL, "VILLAGE")
                        .putValue(COMMITTEE_CODE, "VC419001001001").putValue(RISK_LEVEL, "MEDIUM")
                        .putValue(GREEN_CHANNEL, greenChannel).putValue(EARLY_WARNING, false)
                        .putValue(CANDIDATE_GROUP, COMMITTEE_GROUP).putValue(PARTY_REFUSED, partyRefused)
                        .putValue(DEADLINE, MEDIATION_DEADLINE).putValue(START_BY, startBy));
    }

    private Object variable(ProcessInstance instance, String name) {
        return ENGINE.getProcessEngine().getRuntimeService().getVariable(instance.getId(), name);
    }

    private ManagementService management() {
        return ENGINE.getProcessEngine().getManagementService();
    }

    private Task task(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }

    /** The mediator completes the mediate task with the form's fields (the action among them). */
    private void mediate(Object... formFields) {
        ENGINE.getProcessEngine().getIdentityService().setAuthenticatedUserId(MEDIATOR_ZHAO);
        try {
            Map<String, Object> form = new java.util.HashMap<>();
            for (int i = 0; i < formFields.length; i += 2) {
                form.put((String) formFields[i], formFields[i + 1]);
            }
            completeAndRun(task("mediate"), form);
        } finally {
            ENGINE.getProcessEngine().getIdentityService().clearAuthentication();
        }
    }

    /** Completes the task, then runs the jobs that follow (any step of the model may become asynchronous). */
    private void completeAndRun(Task task, java.util.Map<String, Object> variables) {
        complete(task, variables);
        ProcessTestEngine.executeDueJobs(ENGINE.getProcessEngine().getManagementService());
    }

    private void moveTo(Date time) {
        ProcessTestEngine.moveClockAndExecute(management(), new Date(time.getTime() + 60_000));
    }

    // ---- paths ------------------------------------------------------------------------------------------

    @Test
    void partyRefusesMediation() {
        ProcessInstance instance = register(true);

        assertThat(instance).hasPassed("recordRefusal", "partyRefusedEnd").hasNotPassed("mediation").isEnded();
        verify(statuses).recordRefusal(CASE);
    }

    /**
     * A citizen's application from 掌上调解 (channel ONLINE) is first called back (the call activity
     * contactOnlineApplicant runs online-application, here a stand-in with one task, with the case number as its
     * business key), then mediated like any other case.
     */
    @Test
    void anOnlineApplicationIsCalledBackBeforeTheMediation() {
        ProcessEngine engine = ENGINE.getProcessEngine();
        String standIn = engine.getRepositoryService().createDeployment().addModelInstance("online-application.bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("online-application").camundaHistoryTimeToLive(1)
                        .startEvent("applicationReceived").userTask("contactApplicant").endEvent("applicantContacted")
                        .done()).deploy().getId();
        try {
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER,
                    Variables.createVariables().putValue(CASE_ID, CASE).putValue("caseNumber", CASE_NUMBER)
                            .putValue(CATEGORY, "NEIGHBOR").putValue(CHANNEL, "ONLINE").putValue(TOWN_CODE, "419001001")
                            .putValue(HANDLING_LEVEL, "VILLAGE").putValue(COMMITTEE_CODE, "VC419001001001")
                            .putValue(RISK_LEVEL, "MEDIUM").putValue(GREEN_CHANNEL, false).putValue(EARLY_WARNING, false)
                            .putValue(CANDIDATE_GROUP, COMMITTEE_GROUP).putValue(PARTY_REFUSED, false)
                            .putValue(DEADLINE, MEDIATION_DEADLINE).putValue(START_BY, null));
            assertThat(instance).isWaitingAt("contactOnlineApplicant").hasNotPassed("mediation");
            ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(instance.getId()).singleResult();
            assertThat(called.getBusinessKey()).isEqualTo(CASE_NUMBER);
            assertThat(engine.getRuntimeService().getVariables(called.getId())).containsEntry(CANDIDATE_GROUP, COMMITTEE_GROUP)
                    .containsEntry(TOWN_CODE, "419001001").containsEntry("caseNumber", CASE_NUMBER);

            completeAndRun(taskQuery().processInstanceId(called.getId()).singleResult(), Map.of());

            assertThat(instance).hasPassed("contactOnlineApplicant").isWaitingAt("mediate");
            mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "WITHDRAWN");
            assertThat(instance).hasPassed("recordOutcome").isEnded();
        } finally {
            engine.getRepositoryService().deleteDeployment(standIn, true);
        }
    }

    @Test
    void extendedHandedOverContinuedThenWrittenAgreementConfirmedAndFollowedUp() {
        when(lifecycle.extendDeadline(CASE, 10, "双方同意延长")).thenReturn(LocalDate.of(2027, 1, 10));
        when(lifecycle.handOver(CASE, "案情复杂")).thenReturn(new Committee("TC419001", "北海街道人民调解委员会", "北海",
                CommitteeType.TOWN, "419001", null, "JO419001"));
        ProcessInstance instance = register(false);
        assertThat(instance).isWaitingAt("mediate").task().hasCandidateGroup(COMMITTEE_GROUP).isNotAssigned();

        mediate(MEDIATION_ACTION, "EXTEND", MediationLifecycleService.EXTENSION_DAYS, 10,
                MediationLifecycleService.EXTENSION_REASON, "双方同意延长");
        verify(lifecycle).extendDeadline(CASE, 10, "双方同意延长");
        assertThat(ENGINE.getProcessEngine().getRuntimeService().getVariable(instance.getId(), EXTENDED_DAYS)).isEqualTo(10);
        assertThat(instance).task("mediate").isAssignedTo(MEDIATOR_ZHAO);

        mediate(MEDIATION_ACTION, "HAND_OVER", MediationLifecycleService.HAND_OVER_REASON, "案情复杂");
        verify(lifecycle).handOver(CASE, "案情复杂");
        assertThat(instance).task("mediate").hasCandidateGroup("committee-TC419001").isNotAssigned();

        mediate(MEDIATION_ACTION, "CONTINUE");
        assertThat(instance).hasPassed("mediate").task("mediate").isAssignedTo(MEDIATOR_ZHAO);
        verify(lifecycle, times(3)).completeMediation(eq(CASE), any(), anyInt());

        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "AGREEMENT_WRITTEN");
        verify(lifecycle).recordAgreement(eq(CASE), eq(MediationOutcome.AGREEMENT_WRITTEN), any());
        verify(lifecycle).planFollowUps(CASE, AGREEMENT);
        assertThat(instance).hasPassed("mediationConcluded", "recordOutcome", "planFollowUps")
                .isWaitingAt("recordJudicialConfirmation", "followUpDue");
        assertThat(instance).task("recordJudicialConfirmation").isAssignedTo(MEDIATOR_ZHAO);

        moveTo(at(7));
        assertThat(instance).isWaitingAt("followUp");
        completeAndRun(task("followUp"), withVariables(FOLLOW_UP_RESULT, "PERFORMING", FOLLOW_UP_NOTES, "正在分期履行"));
        verify(lifecycle).recordVisit(CASE, 101L, "PERFORMING", "正在分期履行");

        moveTo(at(25));
        verify(lifecycle).remindJudicialConfirmation(CASE, instance.getId());
        assertThat(instance).hasPassed("judicialReminderSent").isWaitingAt("recordJudicialConfirmation", "followUp");
        completeAndRun(task("recordJudicialConfirmation"), withVariables("judicialConfirmationApplied", true,
                "judicialConfirmationDate", "2026-12-20", "judicialConfirmationNotes", "已向济源市人民法院申请"));
        verify(lifecycle).recordJudicialConfirmation(CASE, AGREEMENT, true, LocalDate.of(2026, 12, 20), "已向济源市人民法院申请");
        completeAndRun(task("followUp"), withVariables(FOLLOW_UP_RESULT, "PERFORMED", FOLLOW_UP_NOTES, "已全部履行"));

        assertThat(instance).hasPassed("judicialConfirmationRecorded", "followUpsEnded", "closeCase", "caseClosed")
                .hasNotPassed("judicialConfirmationLapsed", "reopenMediation").isEnded();
        verify(lifecycle).close(CASE);
    }

    @Test
    void oralAgreementReboundsAndTheReopenedMediationFailsForAReferredCase() {
        when(lifecycle.reopenAfterRebound(CASE)).thenReturn(new Reassessment(RiskLevel.HIGH, true, LocalDate.of(2027, 2, 1)));
        when(lifecycle.recordEndOfMediation(CASE, MediationOutcome.NO_AGREEMENT, "双方分歧较大")).thenReturn(true);
        ProcessInstance instance = register(false);

        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "AGREEMENT_ORAL");
        assertThat(instance).hasPassed("notWrittenEnd").isWaitingAt("followUpDue");
        moveTo(at(7));
        completeAndRun(task("followUp"), withVariables(FOLLOW_UP_RESULT, "REBOUND", FOLLOW_UP_NOTES, "纠纷再起"));

        // the rebound ends the remaining follow-ups and reopens the mediation at a higher risk
        assertThat(instance).hasPassed("reboundFound", "reopenMediation").isWaitingAt("mediate");
        verify(lifecycle).reopenAfterRebound(CASE);
        assertThat(ENGINE.getProcessEngine().getRuntimeService().getVariable(instance.getId(), RISK_LEVEL)).isEqualTo("HIGH");
        assertThat(instance).task("mediate").isAssignedTo(MEDIATOR_ZHAO);
        assertThat(task("mediate").getPriority()).isEqualTo(80);

        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "NO_AGREEMENT", OUTCOME_NOTES, "双方分歧较大");
        assertThat(instance).isWaitingAt("notifyReferrer");
        completeAndRun(task("notifyReferrer"), withVariables("noticeMethod", "书面", "noticeNotes", "已函告移送法院"));

        verify(lifecycle).recordReferralNotice(CASE, "书面", "已函告移送法院");
        assertThat(instance).hasPassed("caseClosed").isEnded();
        verify(lifecycle).close(CASE);
    }

    @Test
    void withdrawnCaseThatWasNotReferredIsClosed() {
        when(lifecycle.recordEndOfMediation(CASE, MediationOutcome.WITHDRAWN, null)).thenReturn(false);
        ProcessInstance instance = register(false);

        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "WITHDRAWN");

        assertThat(instance).hasPassed("recordOutcome", "closeCase").hasNotPassed("notifyReferrer", "performance").isEnded();
        verify(lifecycle).recordEndOfMediation(CASE, MediationOutcome.WITHDRAWN, null);
        // not of the green channel: no first contact to watch
        assertThat(instance).hasPassed("mediationSplit", "noFirstContactDueEnd").hasNotPassed("firstContactReminderTimer");
        verify(firstContact, never()).remindUnlessMade(anyLong(), anyString(), any());
    }

    @Test
    void judicialConfirmationWindowLapsesAndABreachEndsTheFollowUps() {
        ProcessInstance instance = register(false);
        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "AGREEMENT_WRITTEN");

        moveTo(at(7));
        completeAndRun(task("followUp"), withVariables(FOLLOW_UP_RESULT, "BREACH", FOLLOW_UP_NOTES, "一方拒不履行"));
        assertThat(instance).hasPassed("followUpsEnded").isWaitingAt("recordJudicialConfirmation");

        moveTo(at(30));

        verify(lifecycle).judicialConfirmationLapsed(CASE);
        assertThat(instance).hasPassed("judicialWindowClosed", "caseClosed")
                .hasNotPassed("judicialConfirmationRecorded", "reopenMediation").isEnded();
        verify(lifecycle, never()).reopenAfterRebound(anyLong());
    }

    @Test
    void overdueMediationIsSupervisedByTheJusticeOfficeThenTheCityCenterOncePerDeadline() {
        ProcessInstance instance = register(false);

        moveTo(MEDIATION_DEADLINE);
        verify(lifecycle).remindDeadline(CASE, instance.getId());
        verify(lifecycle).recordOverdue(CASE);
        assertThat(instance).hasPassed("reminderSent").isWaitingAt("mediate", "superviseByJusticeOffice");
        assertThat(instance).task("superviseByJusticeOffice").hasCandidateGroup("justice-office-419001001");

        moveTo(new Date(MEDIATION_DEADLINE.getTime() + 5 * DAY));
        assertThat(instance).isWaitingAt("mediate", "superviseByJusticeOffice", "superviseByCityCenter");
        completeAndRun(task("superviseByJusticeOffice"), withVariables(SUPERVISION_OPINION, "请加快调解"));
        completeAndRun(task("superviseByCityCenter"), withVariables(SUPERVISION_OPINION, "限期办结"));
        verify(lifecycle).recordSupervision(CASE, "司法所", "请加快调解");
        verify(lifecycle).recordSupervision(CASE, "市级人民调解中心", "限期办结");
        assertThat(instance).hasPassed("justiceOfficeSupervised", "cityCenterSupervised");

        // the re-entered task's timers fire at once for the same deadline: no second reminder, no second supervision
        mediate(MEDIATION_ACTION, "CONTINUE");
        ProcessTestEngine.executeDueJobs(management());
        assertThat(instance).hasPassed("alreadySupervisedEnd").isWaitingAt("mediate");
        verify(lifecycle, times(1)).remindDeadline(anyLong(), anyString());
        verify(lifecycle, times(1)).recordOverdue(anyLong());

        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "WITHDRAWN");
        assertThat(instance).isEnded();
    }

    // ---- the green channel's first contact ----------------------------------------------------------------------

    @Test
    void aGreenChannelCaseContactedBeforeNoonIsNotRemindedAndNotWatchedAgainAfterARebound() {
        when(firstContact.remindUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(true);
        when(lifecycle.reopenAfterRebound(CASE)).thenReturn(new Reassessment(RiskLevel.HIGH, true, LocalDate.of(2027, 2, 1)));
        ProcessInstance instance = registerGreenChannel();
        assertThat(instance).isWaitingAt("mediate", "firstContactReminderTimer");
        assertThat(task("mediate").getFollowUpDate()).isEqualTo(FIRST_CONTACT_DUE);
        assertThat(task("mediate").getPriority()).isEqualTo(80);

        mediate(MEDIATION_ACTION, "CONTINUE", "sessionMode", "PHONE", "sessionNotes", "电话联系企业负责人");
        moveTo(FIRST_CONTACT_NOON);
        verify(firstContact).remindUnlessMade(CASE, instance.getId(), FIRST_CONTACT_DUE);
        assertThat(instance).hasPassed("remindFirstContact", "firstContactMadeByNoon").isWaitingAt("mediate")
                .hasNotPassed("firstContactDueTimer");
        assertThat(variable(instance, START_BY)).as("the due date is cleared once the contact is made").isNull();
        // a re-entered mediate task has no stale follow-up date
        mediate(MEDIATION_ACTION, "CONTINUE", "sessionMode", "FACE_TO_FACE", "sessionNotes", "面对面调解");
        assertThat(task("mediate").getFollowUpDate()).isNull();

        // a rebound reopens the mediation: the first contact is not watched again
        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "AGREEMENT_ORAL");
        moveTo(at(7));
        completeAndRun(task("followUp"), withVariables(FOLLOW_UP_RESULT, "REBOUND", FOLLOW_UP_NOTES, "纠纷再起"));
        assertThat(instance).hasPassed("reopenMediation").isWaitingAt("mediate");
        assertThat(management().createJobQuery().processInstanceId(instance.getId()).activityId("firstContactReminderTimer")
                .count()).isZero();
        verify(firstContact, times(1)).remindUnlessMade(anyLong(), anyString(), any());
    }

    @Test
    void aGreenChannelCaseIsRemindedAtNoonAndContactedByTheEndOfTheDay() {
        when(firstContact.remindUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(false);
        when(firstContact.recordMissUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(true);
        ProcessInstance instance = registerGreenChannel();

        moveTo(new Date(FIRST_CONTACT_NOON.getTime() - 2 * 60_000));
        assertThat(instance).isWaitingAt("mediate", "firstContactReminderTimer");
        moveTo(FIRST_CONTACT_NOON);
        verify(firstContact).remindUnlessMade(CASE, instance.getId(), FIRST_CONTACT_DUE);
        assertThat(instance).hasPassed("remindFirstContact").isWaitingAt("mediate", "firstContactDueTimer");
        assertThat(variable(instance, START_BY)).isEqualTo(FIRST_CONTACT_DUE);

        moveTo(FIRST_CONTACT_DUE);
        verify(firstContact).recordMissUnlessMade(CASE, instance.getId(), FIRST_CONTACT_DUE);
        assertThat(instance).hasPassed("checkFirstContact", "firstContactMadeByDue").hasNotPassed("superviseFirstContact")
                .isWaitingAt("mediate");
        assertThat(variable(instance, START_BY)).isNull();
    }

    @Test
    void aGreenChannelCaseNotContactedByTheEndOfTheDayIsSupervisedByTheJusticeOffice() {
        when(firstContact.remindUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(false);
        when(firstContact.recordMissUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(false);
        ProcessInstance instance = registerGreenChannel();

        moveTo(FIRST_CONTACT_DUE);
        verify(firstContact).remindUnlessMade(CASE, instance.getId(), FIRST_CONTACT_DUE);
        verify(firstContact).recordMissUnlessMade(CASE, instance.getId(), FIRST_CONTACT_DUE);
        assertThat(instance).isWaitingAt("mediate", "superviseFirstContact").task("superviseFirstContact")
                .hasCandidateGroup("justice-office-419001001");
        assertThat(task("superviseFirstContact").getPriority()).isEqualTo(90);
        assertThat(variable(instance, FIRST_CONTACT_MADE)).isEqualTo(false);

        completeAndRun(task("superviseFirstContact"), withVariables(SUPERVISION_OPINION, "请立即联系企业"));
        verify(firstContact).recordSupervision(CASE, "请立即联系企业");
        assertThat(variable(instance, SUPERVISION_OPINION)).isNull();
        assertThat(instance).hasPassed("firstContactSupervisedEnd").isWaitingAt("mediate");
        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "WITHDRAWN");
        assertThat(instance).isEnded();
    }

    @Test
    void anOpenFirstContactSupervisionEndsWithTheMediation() {
        when(firstContact.remindUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(false);
        when(firstContact.recordMissUnlessMade(eq(CASE), anyString(), eq(FIRST_CONTACT_DUE))).thenReturn(false);
        ProcessInstance instance = registerGreenChannel();
        moveTo(FIRST_CONTACT_DUE);
        assertThat(instance).isWaitingAt("mediate", "superviseFirstContact");

        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "WITHDRAWN");
        assertThat(instance).hasNotPassed("firstContactSupervisedEnd").isEnded();
        assertThat(task("superviseFirstContact")).isNull();
        verify(firstContact, never()).recordSupervision(anyLong(), any());
    }

    // ---- referral out and back (三调联动): the called case-referral is a stub that answers as the test says

    /**
     * Deploys a stand-in for processes/case-referral.bpmn (tested on its own by CaseReferralProcessTest): a task the
     * test completes with what the real process hands back — {@code outcome} REFERRED when the receiving unit took
     * the case over, or a new {@code deadline} when it returned it.
     */
    private void deployReferralStub() {
        ENGINE.getProcessEngine().getRepositoryService().createDeployment().addModelInstance("case-referral-stub.bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("case-referral").camundaHistoryTimeToLive(1)
                        .startEvent("stubStart").userTask("stubAnswer").endEvent("stubEnd").done()).deploy();
    }

    @AfterEach
    void removeReferralStub() {
        var repository = ENGINE.getProcessEngine().getRepositoryService();
        repository.createDeploymentQuery().list().stream()
                .filter(d -> repository.getDeploymentResourceNames(d.getId()).contains("case-referral-stub.bpmn"))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aReferredCaseTakenOverByTheReceivingUnitEndsItsMediationAsReferred() {
        deployReferralStub();
        when(lifecycle.referOut(eq(CASE), any())).thenReturn(31L);
        when(lifecycle.recordEndOfMediation(CASE, MediationOutcome.REFERRED, null)).thenReturn(false);
        ProcessInstance instance = register(false);

        mediate(MEDIATION_ACTION, "REFER_OUT", "referralKind", "COURT", "referralContact", "CT419001",
                "referralReason", "当事人坚持起诉", OUTCOME, "AGREEMENT_WRITTEN", OUTCOME_NOTES, "不应带入");
        verify(lifecycle).referOut(eq(CASE), any());
        assertThat(instance).isWaitingAt("referOut");
        var runtime = ENGINE.getProcessEngine().getRuntimeService();
        ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .singleResult();
        // the called process works on the same case (business key) for the same committee, with the referral's id
        org.assertj.core.api.Assertions.assertThat(called.getBusinessKey()).isEqualTo(CASE_NUMBER);
        Map<String, Object> handedIn = runtime.getVariables(called.getId());
        org.assertj.core.api.Assertions.assertThat(handedIn).containsEntry("referralId", 31L)
                .containsEntry(CANDIDATE_GROUP, COMMITTEE_GROUP).containsEntry(TOWN_CODE, "419001001")
                .doesNotContainKeys(OUTCOME, "referralReason");
        // the form's conclusion and referral fields stay out of the case: the answer decides the outcome
        org.assertj.core.api.Assertions.assertThat(runtime.getVariables(instance.getId()))
                .doesNotContainKeys(OUTCOME, OUTCOME_NOTES, "referralKind", "referralContact", "referralReason")
                .containsEntry(REFERRAL_ID, 31L);

        completeAndRun(taskQuery().processInstanceId(called.getId()).singleResult(), withVariables(OUTCOME, "REFERRED"));

        assertThat(instance).hasPassed("referralAnswerGateway", "referredOut", "recordOutcome", "closeCase")
                .hasNotPassed("mediationConcluded", "notifyReferrer").isEnded();
        verify(lifecycle).recordEndOfMediation(CASE, MediationOutcome.REFERRED, null);
        verify(lifecycle).close(CASE);
    }

    @Test
    void aReferredCaseReturnedByTheReceivingUnitIsMediatedAgainUnderItsNewDeadline() {
        deployReferralStub();
        when(lifecycle.referOut(eq(CASE), any())).thenReturn(32L);
        ProcessInstance instance = register(false);
        mediate(MEDIATION_ACTION, "REFER_OUT", "referralKind", "POLICE", "referralContact", "PS419001001",
                "referralReason", "扬言报复");
        ProcessInstance called = ENGINE.getProcessEngine().getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).singleResult();
        Date returnedDeadline = at(45);

        completeAndRun(taskQuery().processInstanceId(called.getId()).singleResult(),
                withVariables(DEADLINE, returnedDeadline));

        // back to the mediator who referred it, with the mediation's timers on the new deadline
        assertThat(instance).hasPassed("referralAnswerGateway").hasNotPassed("referredOut").isWaitingAt("mediate");
        assertThat(instance).task("mediate").isAssignedTo(MEDIATOR_ZHAO).hasDueDate(returnedDeadline);
        org.assertj.core.api.Assertions.assertThat(management().createJobQuery().processInstanceId(instance.getId())
                .timers().list()).extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
                .contains(returnedDeadline);
        mediate(MEDIATION_ACTION, "CONCLUDE", OUTCOME, "WITHDRAWN");
        assertThat(instance).hasPassed("mediationConcluded").isEnded();
    }
}
