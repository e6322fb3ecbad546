package cn.jiyuan.mediation.semiannual;

import static cn.jiyuan.mediation.semiannual.SemiannualVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
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

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.forms.FormInputException;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/semiannual-summary.bpmn alone, with the real {@link SemiannualDelegates} on a mocked
 * {@link SummarySubmissions}: the task of one office with its reminders 7 and 2 days before the due date and the
 * overdue mark, all fired by moving the engine's clock and running the timer jobs, and the submission, whose text
 * leaves the process.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/semiannual-summary.bpmn")
class SemiannualSummaryProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(SemiannualSummaryProcessTest.class);

    private static final HalfYear PERIOD = new HalfYear(2027, 1);
    private static final ReportingUnit KEJING = new ReportingUnit(UnitKind.JUSTICE_OFFICE, "JO419001100", "克井司法所",
            "419001100", "justice-office-419001100");

    /** The end of 30 May 2027, Jiyuan time. */
    private static final Date DUE = Date.from(PERIOD.dueAt().toInstant());

    private final SummarySubmissions submissions = mock(SummarySubmissions.class);
    private final SummaryReminderMailer mailer = mock(SummaryReminderMailer.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        SemiannualDelegates delegates = new SemiannualDelegates();
        Mocks.register("remindSemiannualSummary", delegates.remindSemiannualSummary(submissions));
        Mocks.register("markSemiannualSummaryOverdue", delegates.markSemiannualSummaryOverdue(submissions));
        Mocks.register("mailSemiannualReminder", delegates.mailSemiannualReminder(mailer));
        Mocks.register("recordSemiannualSummary", delegates.recordSemiannualSummary(submissions));
        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), jiyuan(2027, 5, 1, 8, 0));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    private static ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    private static Date jiyuan(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(CaseTime.ZONE).toInstant());
    }

    private ProcessInstance issue() {
        return engine().getRuntimeService().startProcessInstanceByKey(SUMMARY_PROCESS, "901",
                SemiannualRounds.variables(901L, KEJING, PERIOD, "受理矛盾纠纷12件"));
    }

    @Test
    void theTaskGoesToTheOfficeWithTheFiguresAndTheSubmittedTextLeavesTheProcess() {
        ProcessInstance instance = issue();
        assertThat(instance).isWaitingAt("writeSummary").task().hasCandidateGroup("justice-office-419001100")
                .hasDueDate(DUE);
        assertThat(instance.getTenantId()).as("no tenant provider in this engine").isNull();
        assertThat(task(instance).getDescription()).isEqualTo("克井司法所：2027年上半年工作总结，请于2027年5月30日前报送市局基层科");
        Map<String, Object> variables = engine().getRuntimeService().getVariables(instance.getId());
        assertThat(variables.get(FIGURES_TEXT)).isEqualTo("受理矛盾纠纷12件");
        assertThat((String) variables.get(SUMMARY_TEXT)).startsWith("一、基本情况\n受理矛盾纠纷12件");

        complete(task(instance), Map.of(SUMMARY_TEXT, "总结正文"));

        assertThat(instance).hasPassed("recordSummary", "summarySubmitted").hasNotPassed("remindFirst", "markOverdue")
                .isEnded();
        verify(submissions).submit(901L, "总结正文");
        assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(SUMMARY_TEXT).includeDeleted().singleResult().getState()).isEqualTo("DELETED");
    }

    @Test
    void aRefusedSubmissionKeepsTheTaskOpen() {
        ProcessInstance instance = issue();
        doThrow(new FormInputException(SUMMARY_TEXT, "工作总结：必填")).when(submissions).submit(anyLong(), any());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(instance), Map.of(SUMMARY_TEXT, "")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("工作总结：必填");

        assertThat(instance).isWaitingAt("writeSummary");
    }

    @Test
    void remindersComeSevenAndTwoDaysBeforeThenTheOverdueMarkAtTheEndOfTheDueDay() {
        ProcessInstance instance = issue();
        var management = engine().getManagementService();
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
                .list()).extracting(Job::getDuedate).containsExactly(jiyuan(2027, 5, 23, 9, 0), jiyuan(2027, 5, 28, 9, 0),
                DUE);

        ProcessTestEngine.moveClockAndExecute(management, jiyuan(2027, 5, 23, 8, 59));
        verify(submissions, never()).remind(anyLong(), any(), any());

        ProcessTestEngine.moveClockAndExecute(management, jiyuan(2027, 5, 23, 9, 1));
        assertThat(instance).hasPassed("firstReminder", "remindFirst", "mailFirstReminder", "firstReminded")
                .isWaitingAt("writeSummary");
        verify(submissions).remind(eq(901L), eq(instance.getId()), eq(DUE));
        verify(mailer).send(901L, 7, instance.getId());

        ProcessTestEngine.moveClockAndExecute(management, jiyuan(2027, 5, 28, 9, 1));
        assertThat(instance).hasPassed("secondReminder", "remindSecond", "mailSecondReminder", "secondReminded");
        verify(submissions, times(2)).remind(eq(901L), eq(instance.getId()), any());
        verify(mailer).send(901L, 2, instance.getId());
        verify(submissions, never()).markOverdue(any());

        ProcessTestEngine.moveClockAndExecute(management, jiyuan(2027, 5, 31, 0, 0));
        assertThat(instance).hasPassed("dueTimer", "markOverdue", "overdueMarked").isWaitingAt("writeSummary");
        verify(submissions).markOverdue(instance.getId());

        // still open after the due date: a late summary is taken as any other
        complete(task(instance), Map.of(SUMMARY_TEXT, "迟交的总结"));
        assertThat(instance).isEnded();
        verify(submissions).submit(901L, "迟交的总结");
    }

    @Test
    void theReminderEMailIsAJobOfItsOwnRetriedApartFromTheTaskReminder() {
        ProcessInstance instance = issue();
        var management = engine().getManagementService();
        // the timer job raises the task's priority and leaves the e-mail to a job of its own
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
                .list().get(0);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(jiyuan(2027, 5, 23, 9, 1));
        management.executeJob(timer.getId());
        verify(submissions).remind(eq(901L), eq(instance.getId()), eq(DUE));
        verify(mailer, never()).send(anyLong(), org.mockito.ArgumentMatchers.anyInt(), any());
        Job mail = management.createJobQuery().processInstanceId(instance.getId()).activityId("mailFirstReminder")
                .singleResult();
        assertThat(mail).isNotNull();

        // the SMTP server is away: the job fails and is retried, the task reminder stands
        doThrow(new IllegalStateException("邮件服务器无法连接")).when(mailer).send(901L, 7, instance.getId());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(mail.getId()))
                .hasMessageContaining("邮件服务器无法连接");
        assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getRetries()).isEqualTo(2);
        verify(submissions, times(1)).remind(anyLong(), any(), any());
        assertThat(instance).isWaitingAt("writeSummary", "mailFirstReminder");
    }
}
