package cn.jiyuan.mediation.referral;

import static cn.jiyuan.mediation.referral.CaseReferralVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseOfProcess;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/case-referral.bpmn alone (三调联动): the letter goes out in a job of its own (retried, then an incident),
 * the committee records the receiving unit's answer — taken over (outcome REFERRED for dispute-case) or returned (a
 * new deadline) —, an answer late is reminded and then supervised by the justice office, whose open task the answer
 * ends. Real {@link CaseReferralDelegates} on a mocked {@link CaseReferrals} and {@link ReferralSchedule}; the clock
 * starts at {@link #T0} and the timers fire when the test moves it.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/case-referral.bpmn")
class CaseReferralProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(CaseReferralProcessTest.class);

    private static final long DAY = 86_400_000L;
    private static final Date T0 = Date.from(Instant.parse("2026-12-01T02:00:00Z"));
    private static final String CASE_NUMBER = "（2026）东许村调字第7号";
    private static final long CASE = 77L;
    private static final long REFERRAL = 31L;
    private static final String COMMITTEE_GROUP = "committee-VC419001100201";

    private final CaseReferrals referrals = mock(CaseReferrals.class);
    private final ReferralSchedule schedule = mock(ReferralSchedule.class);
    private final FormCatalog forms = mock(FormCatalog.class);
    private final CaseRepository cases = mock(CaseRepository.class);

    private static Date at(int days) {
        return new Date(T0.getTime() + days * DAY);
    }

    @BeforeEach
    void beans() {
        ClockUtil.setCurrentTime(T0);
        CaseFile file = mock(CaseFile.class);
        when(file.id()).thenReturn(CASE);
        when(cases.findByNumber(CASE_NUMBER)).thenReturn(Optional.of(file));
        when(forms.submitted(anyString(), any())).thenAnswer(call -> call.<VariableScope>getArgument(1).getVariables());
        when(schedule.replyDue(REFERRAL)).thenReturn(at(21));
        when(schedule.reminderAt(REFERRAL)).thenReturn(at(22));
        when(schedule.escalationAt(REFERRAL)).thenReturn(at(29));

        CaseReferralDelegates delegates = new CaseReferralDelegates();
        Mocks.register("referralSchedule", schedule);
        Mocks.register("sendReferralLetter", delegates.sendReferralLetter(referrals));
        Mocks.register("remindReferralReply", delegates.remindReferralReply(referrals));
        Mocks.register("referralEscalated", delegates.referralEscalated(referrals));
        Mocks.register("referralSupervised", delegates.referralSupervised(referrals));
        Mocks.register("referralAnswered", delegates.referralAnswered(referrals, forms, new CaseOfProcess(cases)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    /** As dispute-case's call activity: business key = case number, the referral, the committee, the town. */
    private ProcessInstance refer() {
        return engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER, Variables
                .createVariables().putValue(REFERRAL_ID, REFERRAL).putValue(CANDIDATE_GROUP, COMMITTEE_GROUP)
                .putValue(TOWN_CODE, "419001100").putValue(DEADLINE, at(30)).putValue("caseNumber", CASE_NUMBER));
    }

    private Task task(ProcessInstance instance, String key) {
        return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private List<Job> jobs(ProcessInstance instance) {
        return engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    private Object historic(ProcessInstance instance, String name) {
        HistoricVariableInstance v = engine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    private boolean ended(ProcessInstance instance) {
        return engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    private void answer(ProcessInstance instance, String outcome, String result) {
        engine().getTaskService().complete(task(instance, "awaitAnswer").getId(),
                Map.of(ANSWER, outcome, RESULT, result, UNIT_REFERENCE, "（2026）豫9001民初123号"));
    }

    @Test
    void theLetterGoesOutInAJobThenTheAnswerTakesTheCaseOver() {
        ProcessInstance instance = refer();
        // nothing is sent in the referring transaction: the letter waits for its job
        verify(referrals, never()).sendLetter(anyLong(), anyString());
        assertThat(task(instance, "awaitAnswer")).isNull();
        when(referrals.letterDocumentId(REFERRAL)).thenReturn(901L);
        assertThat(ProcessTestEngine.executeDueJobs(engine().getManagementService())).isEqualTo(1);
        verify(referrals).sendLetter(REFERRAL, instance.getId());
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), LETTER_DOCUMENT_ID)).isEqualTo(901L);

        Task await = task(instance, "awaitAnswer");
        assertThat(await.getName()).isEqualTo("登记移送回复");
        assertThat(await.getDueDate()).isEqualTo(at(21));
        assertThat(engine().getTaskService().createTaskQuery().taskId(await.getId()).taskCandidateGroup(COMMITTEE_GROUP)
                .count()).isEqualTo(1);
        when(referrals.answer(eq(REFERRAL), eq(CASE), any())).thenReturn(new CaseReferrals.Answer(ReferralOutcome.ACCEPTED,
                null));
        answer(instance, "ACCEPTED", "已立案受理");

        verify(referrals).answer(eq(REFERRAL), eq(CASE), org.mockito.ArgumentMatchers.argThat(form -> "ACCEPTED".equals(
                form.get(ANSWER)) && "已立案受理".equals(form.get(RESULT))
                && "（2026）豫9001民初123号".equals(form.get(UNIT_REFERENCE))));
        assertThat(ended(instance)).isTrue();
        assertThat(historic(instance, OUTCOME)).isEqualTo(REFERRED);
        assertThat(historic(instance, DEADLINE)).isEqualTo(at(30));
        verify(referrals, never()).remind(anyLong(), anyString());
    }

    @Test
    void aReturnedReferralHandsANewDeadlineBackAndNoOutcome() {
        ProcessInstance instance = refer();
        ProcessTestEngine.executeDueJobs(engine().getManagementService());
        LocalDate newDeadline = LocalDate.of(2027, 1, 5);
        when(referrals.answer(eq(REFERRAL), eq(CASE), any())).thenReturn(new CaseReferrals.Answer(ReferralOutcome.RETURNED,
                newDeadline));

        answer(instance, "RETURNED", "属民间纠纷，宜调解");

        assertThat(ended(instance)).isTrue();
        assertThat(historic(instance, OUTCOME)).isNull();
        assertThat(historic(instance, DEADLINE)).isEqualTo(CaseTime.endOf(newDeadline));
    }

    @Test
    void aLateAnswerIsRemindedThenSupervisedByTheJusticeOfficeAndTheAnswerEndsTheSupervision() {
        ProcessInstance instance = refer();
        ProcessTestEngine.executeDueJobs(engine().getManagementService());

        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), new Date(at(22).getTime() + 60_000));
        verify(referrals).remind(REFERRAL, instance.getId());
        verify(referrals, never()).escalated(anyLong());
        assertThat(task(instance, "superviseReferral")).isNull();

        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), new Date(at(29).getTime() + 60_000));
        Task supervise = task(instance, "superviseReferral");
        assertThat(supervise.getName()).isEqualTo("督办移送回复");
        assertThat(engine().getTaskService().createTaskQuery().taskId(supervise.getId())
                .taskCandidateGroup("justice-office-419001100").count()).isEqualTo(1);
        verify(referrals).escalated(REFERRAL);
        engine().getTaskService().complete(supervise.getId(), Map.of(SUPERVISION_OPINION, "已电话督促法院立案庭"));
        verify(referrals).recordSupervision(REFERRAL, "已电话督促法院立案庭");
        assertThat(ended(instance)).isFalse();

        when(referrals.answer(eq(REFERRAL), eq(CASE), any())).thenReturn(new CaseReferrals.Answer(ReferralOutcome.HANDLED,
                null));
        answer(instance, "HANDLED", "已判决");
        assertThat(ended(instance)).isTrue();
        assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("supervised").count()).isEqualTo(1);
        verify(referrals, times(1)).remind(anyLong(), anyString());
    }

    @Test
    void anAnswerWhileTheJusticeOfficeSupervisesCancelsItsTask() {
        ProcessInstance instance = refer();
        ProcessTestEngine.executeDueJobs(engine().getManagementService());
        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), new Date(at(29).getTime() + 60_000));
        assertThat(task(instance, "superviseReferral")).isNotNull();
        when(referrals.answer(eq(REFERRAL), eq(CASE), any())).thenReturn(new CaseReferrals.Answer(ReferralOutcome.DECLINED,
                LocalDate.of(2027, 1, 30)));

        answer(instance, "DECLINED", "不属于本院受理范围");

        assertThat(ended(instance)).isTrue();
        assertThat(engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        verify(referrals, never()).recordSupervision(anyLong(), any());
    }

    @Test
    void anAnswerFilledInWronglyKeepsTheTaskOpen() {
        ProcessInstance instance = refer();
        ProcessTestEngine.executeDueJobs(engine().getManagementService());
        when(referrals.answer(eq(REFERRAL), eq(CASE), any())).thenThrow(new ReferralInputException(ANSWER, "请选择移送结果"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer(instance, "", "无"))
                .hasMessageContaining("【请选择移送结果】〔referralAnswer〕");
        assertThat(task(instance, "awaitAnswer")).isNotNull();
    }

    @Test
    void aLetterTheMailServerRefusesIsRetriedThenAnIncidentAndSentOnceRepaired() {
        ProcessInstance instance = refer();
        doThrow(new IllegalStateException("移送函邮件发送失败：邮件服务器无法连接")).when(referrals).sendLetter(REFERRAL,
                instance.getId());
        for (int i = 0; i < 3; i++) {
            for (Job job : jobs(instance)) {
                try {
                    engine().getManagementService().executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // retried until its retries are used up
                }
            }
        }
        assertThat(jobs(instance)).singleElement().extracting(Job::getRetries).isEqualTo(0);
        assertThat(engine().getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
        verify(referrals, times(3)).sendLetter(REFERRAL, instance.getId());
        assertThat(task(instance, "awaitAnswer")).as("the answer waits for the letter").isNull();

        // the mail server repaired, an operator retries the job in Cockpit
        org.mockito.Mockito.doNothing().when(referrals).sendLetter(REFERRAL, instance.getId());
        String job = jobs(instance).get(0).getId();
        engine().getManagementService().setJobRetries(job, 1);
        engine().getManagementService().executeJob(job);
        assertThat(task(instance, "awaitAnswer")).isNotNull();
    }
}
