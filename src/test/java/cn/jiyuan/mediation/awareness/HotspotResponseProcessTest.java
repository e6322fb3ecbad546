package cn.jiyuan.mediation.awareness;

import static cn.jiyuan.mediation.awareness.HotspotResponseVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
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
 * processes/hotspot-response.bpmn alone: the town's justice office gets the task with the alert; a special screening
 * is started from it, or other measures are recorded; a response that cannot be accepted keeps the task open (real
 * {@link HotspotResponseDelegates}, mocked {@link HotspotResponses}).
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/hotspot-response.bpmn")
class HotspotResponseProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(HotspotResponseProcessTest.class);

    private final HotspotResponses responses = mock(HotspotResponses.class);

    @BeforeEach
    void beans() {
        HotspotResponseDelegates delegates = new HotspotResponseDelegates();
        Mocks.register("recordHotspotResponse", delegates.recordHotspotResponse(responses));
        Mocks.register("startHotspotCampaign", delegates.startHotspotCampaign(responses));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private TaskService tasks() {
        return ENGINE.getProcessEngine().getTaskService();
    }

    private ProcessInstance start() {
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "HOTSPOT-7",
                Variables.createVariables().putValue(ALERT_ID, 7L).putValue(TOWN_CODE, "419001100")
                        .putValue(JUSTICE_OFFICE_GROUP, "justice-office-419001100")
                        .putValue(RESPONSE_DUE, new Date(System.currentTimeMillis() + 7 * 86_400_000L))
                        .putValue(ALERT_TITLE, "克井镇近7日环境污染纠纷激增").putValue(ALERT_DESCRIPTION, "…")
                        .putValue(RECOMMENDED_ACTION, "建议克井镇司法所开展“环境污染纠纷专项排查”")
                        .putValue(TOPIC, "克井镇环境污染纠纷专项排查").putValue(DUE_DATE, "2026-12-10"));
    }

    private Task task(ProcessInstance instance) {
        return tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void theOfficeStartsASpecialScreeningFromTheTask() {
        ProcessInstance instance = start();
        Task task = task(instance);
        assertThat(task.getName()).isEqualTo("处置纠纷高发预警");
        assertThat(tasks().createTaskQuery().taskCandidateGroup("justice-office-419001100").count()).isEqualTo(1);
        assertThat(task.getDueDate()).isNotNull();

        tasks().complete(task.getId(), Map.of(RESPONSE, CAMPAIGN, TOPIC, "克井镇环境污染专项排查", DUE_DATE, "2026-12-12"));

        verify(responses).record(eq(7L), eq(CAMPAIGN), eq(null), anyString());
        verify(responses).startCampaign(7L, "419001100", "克井镇环境污染专项排查", "2026-12-12",
                "建议克井镇司法所开展“环境污染纠纷专项排查”");
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("campaignStarted").count()).isEqualTo(1);
    }

    @Test
    void otherMeasuresAreRecordedAndTheNoteLeavesTheProcess() {
        ProcessInstance instance = start();
        tasks().complete(task(instance).getId(), Map.of(RESPONSE, OTHER, RESPONSE_NOTE, "已约谈企业，停止排污"));

        verify(responses).record(eq(7L), eq(OTHER), eq("已约谈企业，停止排污"), anyString());
        verify(responses, never()).startCampaign(anyLong(), any(), any(), any(), any());
        assertThat(ENGINE.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("handled").count()).isEqualTo(1);
    }

    @Test
    void aRejectedResponseKeepsTheTaskOpen() {
        ProcessInstance instance = start();
        doThrow(new HotspotResponseRejected("采取其他措施的，请写明采取了哪些措施", RESPONSE_NOTE)).when(responses)
                .record(anyLong(), eq(OTHER), eq(null), anyString());
        Task task = task(instance);

        assertThatThrownBy(() -> tasks().complete(task.getId(), Map.of(RESPONSE, OTHER)))
                .hasMessageContaining("【采取其他措施的，请写明采取了哪些措施】〔responseNote〕");

        assertThat(task(instance)).isNotNull();
    }
}
