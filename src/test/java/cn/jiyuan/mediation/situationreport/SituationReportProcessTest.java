package cn.jiyuan.mediation.situationreport;

import static cn.jiyuan.mediation.situationreport.SituationReportVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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

import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/situation-report.bpmn alone: the report is recorded (its texts leave the process), one mail job per
 * recipient goes out while the town's justice office tracks the handling, possibly several times, until resolved;
 * a failing mail job is retried and then an incident; a bad report undoes the start (real
 * {@link SituationReportDelegates}, mocked {@link SituationReports}).
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/situation-report.bpmn")
class SituationReportProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(SituationReportProcessTest.class);

    private static final List<String> RECIPIENTS = List.of("dangwei@jiyuan.example|镇党委", "sfs@jiyuan.example|司法所");

    private final SituationReports reports = mock(SituationReports.class);

    @BeforeEach
    void beans() {
        SituationReportDelegates delegates = new SituationReportDelegates();
        Mocks.register("recordSituationReport", delegates.recordSituationReport(reports));
        Mocks.register("sendSituationReportMail", delegates.sendSituationReportMail(reports));
        Mocks.register("recordSituationHandling", delegates.recordSituationHandling(reports));
        Mocks.register("closeSituationReport", delegates.closeSituationReport(reports));
        when(reports.file(any(), any(), anyCollection(), anyString())).thenReturn(new SituationReports.Filed(5L,
                "419001100", RiskLevel.HIGH, "justice-office-419001100", RECIPIENTS));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    private ProcessInstance start() {
        return engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Variables.createVariables()
                .putValue(TITLE, "东许村村民聚集").putValue(TOWN_CODE, "419001100").putValue(LOCATION, "东许村村委会")
                .putValue(PEOPLE, "王大山、李小河").putValue(PEOPLE_COUNT, 30L).putValue(RISK_LEVEL, "HIGH")
                .putValue(DESCRIPTION, "因土地补偿款聚集").putValue(MEASURES, "已派员劝导"));
    }

    private Task task(ProcessInstance instance) {
        return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private List<Job> jobs(ProcessInstance instance) {
        return engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    @Test
    void theReportIsMailedToEachRecipientWhileTheOfficeTracksItToClosure() {
        ProcessInstance instance = start();
        // the texts are in the table; the process holds the id, the town, the level and the recipients
        Map<String, Object> variables = engine().getRuntimeService().getVariables(instance.getId());
        assertThat(variables).doesNotContainKeys(TITLE, LOCATION, PEOPLE, PEOPLE_COUNT, DESCRIPTION, MEASURES)
                .containsEntry(REPORT_ID, 5L).containsEntry(JUSTICE_OFFICE_GROUP, "justice-office-419001100");
        assertThat(jobs(instance)).hasSize(2);

        Task track = task(instance);
        assertThat(track.getName()).isEqualTo("跟踪处置重要情况");
        assertThat(engine().getTaskService().createTaskQuery().taskId(track.getId())
                .taskCandidateGroup("justice-office-419001100").count()).isEqualTo(1);
        engine().getTaskService().complete(track.getId(), Map.of(PROGRESS, "已约谈双方", HANDLING_STATE, CONTINUE));
        verify(reports).recordProgress(eq(5L), eq("已约谈双方"), eq(CONTINUE), anyString());
        Task again = task(instance);
        assertThat(again).isNotNull();
        when(reports.recordProgress(eq(5L), eq("补偿款已发放"), eq(RESOLVED), anyString())).thenReturn(true);
        engine().getTaskService().complete(again.getId(), Map.of(PROGRESS, "补偿款已发放", HANDLING_STATE, RESOLVED));

        // resolved, but the e-mails are still to go: the report is closed only after both
        verify(reports, never()).close(5L);
        assertThat(ProcessTestEngine.executeDueJobs(engine().getManagementService())).as("two e-mails, the join from each branch").isEqualTo(4);
        verify(reports).sendMail(5L, RECIPIENTS.get(0), instance.getId());
        verify(reports).sendMail(5L, RECIPIENTS.get(1), instance.getId());
        verify(reports).close(5L);
        assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("closed").count()).isEqualTo(1);
        assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(PROGRESS).list()).allSatisfy(v -> assertThat(v.getValue()).isNull());
    }

    @Test
    void aFailingMailIsRetriedThenAnIncidentWhileTrackingGoesOn() {
        ProcessInstance instance = start();
        doThrow(new IllegalStateException("邮件服务器无法连接")).when(reports).sendMail(eq(5L), eq(RECIPIENTS.get(0)),
                anyString());
        for (int i = 0; i < 5; i++) {
            for (Job job : jobs(instance)) {
                if (job.getRetries() == 0) {
                    continue;
                }
                try {
                    engine().getManagementService().executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // the job keeps its retries until they are used up
                }
            }
        }
        assertThat(engine().getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
        verify(reports, atLeast(3)).sendMail(5L, RECIPIENTS.get(0), instance.getId());
        verify(reports, times(1)).sendMail(5L, RECIPIENTS.get(1), instance.getId());
        assertThat(task(instance)).as("tracking goes on").isNotNull();
    }

    @Test
    void aBadReportUndoesTheStart() {
        when(reports.file(any(), any(), anyCollection(), anyString()))
                .thenThrow(new SituationReportRejected("请填写基本情况", DESCRIPTION));
        long before = engine().getRuntimeService().createProcessInstanceQuery().count();
        assertThatThrownBy(this::start).hasMessageContaining("【请填写基本情况】〔situationDescription〕");
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }
}
