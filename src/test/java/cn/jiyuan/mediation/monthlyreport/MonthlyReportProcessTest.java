package cn.jiyuan.mediation.monthlyreport;

import static cn.jiyuan.mediation.monthlyreport.MonthlyReportVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import cn.jiyuan.mediation.forms.FormCatalog;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/monthly-report.bpmn alone, with the real {@link MonthlyReportDelegates} on mocked services: the office
 * records its meeting, the report is generated in a job of its own, the head signs it off (or returns it to the
 * meeting), the e-mail and the report's registration each run as a retried job, and the meeting's follow-up items
 * become their owners' tasks; a silent office is reminded at the due time (engine clock) and supervised by the
 * grassroots section after it, a supervision its report withdraws; a meeting form that cannot be accepted keeps the
 * task open and leaves the process as it was.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/monthly-report.bpmn")
class MonthlyReportProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(MonthlyReportProcessTest.class);

    private static final Instant NOW = Instant.parse("2026-05-25T01:00:00Z");
    private static final Date DUE = Date.from(Instant.parse("2026-05-30T10:00:00Z"));
    private static final Date SUPERVISION = Date.from(Instant.parse("2026-06-02T10:00:00Z"));
    private static final String OFFICE = "justice-office-419001100";
    private static final String HEAD = "justice-office-head-419001100";

    private final MonthlyMeetings meetings = mock(MonthlyMeetings.class);
    private final MonthlyReportGenerator generator = mock(MonthlyReportGenerator.class);
    private final MonthlyReportTasks work = mock(MonthlyReportTasks.class);
    private final MonthlyReportMailer mailer = mock(MonthlyReportMailer.class);
    private final MonthlyRounds rounds = mock(MonthlyRounds.class);
    private final MonthlySigners signers = mock(MonthlySigners.class);

    @BeforeEach
    void beans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        MonthlyReportDelegates d = new MonthlyReportDelegates();
        Mocks.register("recordMonthlyMeeting", d.recordMonthlyMeeting(meetings, new FormCatalog()));
        Mocks.register("generateMonthlyReport", d.generateMonthlyReport(generator));
        Mocks.register("chooseMonthlySigner", d.chooseMonthlySigner(signers));
        Mocks.register("recordMonthlyReview", d.recordMonthlyReview(work));
        Mocks.register("remindMonthlyReport", d.remindMonthlyReport(work));
        Mocks.register("escalateMonthlyReport", d.escalateMonthlyReport(work));
        Mocks.register("recordMonthlySupervision", d.recordMonthlySupervision(work));
        Mocks.register("sendMonthlyReport", d.sendMonthlyReport(mailer));
        Mocks.register("markMonthlyReportSent", d.markMonthlyReportSent(rounds));
        Mocks.register("assignMonthlyFollowUp", d.assignMonthlyFollowUp(work));
        Mocks.register("recordMonthlyFollowUp", d.recordMonthlyFollowUp(work));
        when(work.review(eq(7L), eq(APPROVE), any(), anyString())).thenReturn(true);
        when(work.review(eq(7L), eq(RETURN), any(), anyString())).thenReturn(false);
        when(signers.of("419001100")).thenReturn(new MonthlySigners.Signer(HEAD, "", OfficeRole.HEAD));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    private TaskService tasks() {
        return engine().getTaskService();
    }

    private ManagementService management() {
        return engine().getManagementService();
    }

    private ProcessInstance start() {
        return engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "419001100-2026-05",
                Variables.createVariables().putValue(REPORT_ID, 7L).putValue(TOWN_CODE, "419001100")
                        .putValue(TOWN_NAME, "克井镇").putValue(PERIOD_LABEL, "2026年5月").putValue(OFFICE_GROUP, OFFICE)
                        .putValue(DUE_AT, DUE).putValue(SUPERVISION_AT, SUPERVISION));
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private long passed(ProcessInstance instance, String activityId) {
        return engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }

    private boolean ended(ProcessInstance instance) {
        return engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    private static Map<String, Object> meeting() {
        return Map.of(MEETING_DATE, "2026-05-25", MEETING_PLACE, "克井司法所会议室", ATTENDEES, List.of("P0010", "P0002"),
                MINUTES, "通报本月纠纷情况", DECISIONS, "加强土地纠纷排查");
    }

    @Test
    void aMeetingBecomesASignedOffReportSentOnceAndItsFollowUpsBecomeTheOwnersTasks() {
        ProcessInstance instance = start();
        Task meetingTask = task(instance, "holdMeeting");
        assertThat(meetingTask.getName()).isEqualTo("召开调委会主任例会");
        assertThat(tasks().createTaskQuery().taskId(meetingTask.getId()).taskCandidateGroup(OFFICE).count()).isEqualTo(1);
        assertThat(meetingTask.getDueDate()).isEqualTo(DUE);
        when(meetings.record(eq(7L), anyMap(), eq("chensiyuan"))).thenReturn(List.of("11", "12"));

        engine().getIdentityService().setAuthenticatedUserId("chensiyuan");
        try {
            tasks().complete(meetingTask.getId(), meeting());
        } finally {
            engine().getIdentityService().clearAuthentication();
        }
        // the form's texts are in the report's tables, not in the process
        for (String field : MEETING_FIELDS) {
            assertThat(engine().getRuntimeService().getVariable(instance.getId(), field)).as(field).isNull();
        }
        verify(generator, never()).generate(anyLong());
        ProcessTestEngine.executeDueJobs(management());
        verify(generator).generate(7L);

        // the sign-off is the head's alone: not a task of the office that recorded the meeting
        Task signOff = task(instance, "signOff");
        assertThat(tasks().createTaskQuery().taskId(signOff.getId()).taskCandidateGroup(HEAD).count()).isEqualTo(1);
        assertThat(tasks().createTaskQuery().taskId(signOff.getId()).taskCandidateGroup(OFFICE).count()).isZero();
        assertThat(signOff.getDescription()).isEqualTo("克井镇2026年5月矛盾纠纷排查化解情况月报，请审核：签发后报送镇党委、政府，抄送市局基层科。");
        tasks().complete(signOff.getId(), Map.of(REVIEW_DECISION, APPROVE, REVIEW_OPINION, "同意签发"));
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), REVIEW_OPINION)).isNull();
        // the e-mail and the registration are jobs of their own: nothing went out inside the sign-off
        verify(mailer, never()).send(anyLong(), anyString());
        when(work.assignment(11L)).thenReturn(new MonthlyReportTasks.Assignment("liuyang", DUE));
        when(work.assignment(12L)).thenReturn(new MonthlyReportTasks.Assignment("wangjun", SUPERVISION));
        ProcessTestEngine.executeDueJobs(management());
        verify(mailer, times(1)).send(7L, instance.getId());
        verify(rounds).reportedOne(7L);

        List<Task> followUps = tasks().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("followUp").orderByTaskAssignee().asc().list();
        assertThat(followUps).extracting(Task::getAssignee).containsExactly("liuyang", "wangjun");
        assertThat(followUps).extracting(Task::getDueDate).containsExactly(DUE, SUPERVISION);
        for (Task followUp : followUps) {
            tasks().complete(followUp.getId(), Map.of(FOLLOW_UP_RESULT, "已完成"));
        }
        verify(work).recordFollowUp(11L, "已完成", "liuyang");
        verify(work).recordFollowUp(12L, "已完成", "wangjun");
        assertThat(ended(instance)).isTrue();
        assertThat(passed(instance, "followUpsDone")).isEqualTo(1);
        verify(work, never()).remind(anyLong(), anyString());
    }

    @Test
    void aSilentOfficeIsRemindedThenSupervisedAndItsReportWithdrawsTheSupervision() {
        ProcessInstance instance = start();
        ProcessTestEngine.moveClockAndExecute(management(), new Date(DUE.getTime() + 1000));
        verify(work).remind(7L, instance.getId());
        assertThat(task(instance, "supervise")).isNull();

        ProcessTestEngine.moveClockAndExecute(management(), new Date(SUPERVISION.getTime() + 1000));
        verify(work).escalate(7L);
        Task supervise = task(instance, "supervise");
        assertThat(tasks().createTaskQuery().taskId(supervise.getId()).taskCandidateGroup("grassroots-section").count())
                .isEqualTo(1);

        // the office records its meeting; the head returns the report once, then signs it off
        when(meetings.record(eq(7L), anyMap(), anyString())).thenReturn(List.of());
        tasks().complete(task(instance, "holdMeeting").getId(), meeting());
        ProcessTestEngine.executeDueJobs(management());
        tasks().complete(task(instance, "signOff").getId(), Map.of(REVIEW_DECISION, RETURN, REVIEW_OPINION, "补充参会人员"));
        assertThat(task(instance, "holdMeeting")).as("returned to the meeting record").isNotNull();
        tasks().complete(task(instance, "holdMeeting").getId(), meeting());
        ProcessTestEngine.executeDueJobs(management());
        verify(generator, times(2)).generate(7L);
        tasks().complete(task(instance, "signOff").getId(), Map.of(REVIEW_DECISION, APPROVE));
        ProcessTestEngine.executeDueJobs(management());

        verify(mailer).send(7L, instance.getId());
        assertThat(task(instance, "supervise")).as("the report withdrew the supervision").isNull();
        assertThat(passed(instance, "supervisionWithdrawn")).isEqualTo(1);
        assertThat(passed(instance, "monthDone")).isEqualTo(1);
        assertThat(ended(instance)).isTrue();
    }

    @Test
    void withoutAHeadTheDeputyOrElseTheOfficeSignsWithTheReasonShownAndTheSignerIsChosenAnewAfterAReturn() {
        when(signers.of("419001100")).thenReturn(
                new MonthlySigners.Signer(OFFICE, MonthlySigners.STAFF_NOTE, OfficeRole.STAFF),
                new MonthlySigners.Signer("justice-office-deputy-head-419001100", MonthlySigners.DEPUTY_NOTE,
                        OfficeRole.DEPUTY_HEAD));
        when(meetings.record(eq(7L), anyMap(), anyString())).thenReturn(List.of());
        ProcessInstance instance = start();
        tasks().complete(task(instance, "holdMeeting").getId(), meeting());
        ProcessTestEngine.executeDueJobs(management());

        Task signOff = task(instance, "signOff");
        assertThat(tasks().createTaskQuery().taskId(signOff.getId()).taskCandidateGroup(OFFICE).count()).isEqualTo(1);
        assertThat(signOff.getDescription()).endsWith(MonthlySigners.STAFF_NOTE);
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), SIGN_OFF_NOTE))
                .isEqualTo(MonthlySigners.STAFF_NOTE);

        // returned, recorded again: the registry is asked again (a deputy head has been registered meanwhile)
        tasks().complete(signOff.getId(), Map.of(REVIEW_DECISION, RETURN, REVIEW_OPINION, "补充会议决定"));
        tasks().complete(task(instance, "holdMeeting").getId(), meeting());
        ProcessTestEngine.executeDueJobs(management());
        Task again = task(instance, "signOff");
        assertThat(tasks().createTaskQuery().taskId(again.getId())
                .taskCandidateGroup("justice-office-deputy-head-419001100").count()).isEqualTo(1);
        assertThat(tasks().createTaskQuery().taskId(again.getId()).taskCandidateGroup(OFFICE).count()).isZero();
        assertThat(again.getDescription()).endsWith(MonthlySigners.DEPUTY_NOTE);
        verify(signers, times(2)).of("419001100");
        assertThat(passed(instance, "chooseSigner")).isEqualTo(2);
    }

    @Test
    void theGrassrootsSectionRecordsItsSupervision() {
        ProcessInstance instance = start();
        ProcessTestEngine.moveClockAndExecute(management(), new Date(SUPERVISION.getTime() + 1000));
        engine().getIdentityService().setAuthenticatedUserId("zhaojiceng");
        try {
            tasks().complete(task(instance, "supervise").getId(), Map.of(SUPERVISION_NOTE, "已电话督办"));
        } finally {
            engine().getIdentityService().clearAuthentication();
        }
        verify(work).recordSupervision(7L, "已电话督办", "zhaojiceng");
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), SUPERVISION_NOTE)).isNull();
        assertThat(passed(instance, "supervised")).isEqualTo(1);
        assertThat(task(instance, "holdMeeting")).as("the office still owes its month").isNotNull();
    }

    @Test
    void aMeetingThatCannotBeAcceptedKeepsTheTaskOpen() {
        ProcessInstance instance = start();
        when(meetings.record(eq(7L), anyMap(), anyString()))
                .thenThrow(new MonthlyReportRejected("请选择参会人员", ATTENDEES));

        assertThatThrownBy(() -> tasks().complete(task(instance, "holdMeeting").getId(), meeting()))
                .hasMessageContaining("【请选择参会人员】〔attendees〕");

        assertThat(task(instance, "holdMeeting")).isNotNull();
        assertThat(engine().getRuntimeService().getVariable(instance.getId(), MINUTES)).isNull();
    }
}
