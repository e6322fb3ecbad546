package cn.jiyuan.mediation.semiannual;

import static cn.jiyuan.mediation.semiannual.SemiannualVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import cn.jiyuan.mediation.support.ProcessTestEngine;

/**
 * processes/semiannual-round.bpmn alone, with the real {@link SemiannualDelegates} and {@link SemiannualTimer} on
 * mocked services: the timer start on 1 May and 1 November at 08:00 Jiyuan time, the start by hand, a second start
 * of the same half-year that issues nothing, and the roll-up task of the grassroots section at the due time.
 */
@Tag(ProcessTestEngine.TAG)
@Deployment(resources = "processes/semiannual-round.bpmn")
class SemiannualRoundProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTestEngine.extension(SemiannualRoundProcessTest.class);

    private static final HalfYear PERIOD = new HalfYear(2027, 1);
    private static final SemiannualRepository.Round ROUND = new SemiannualRepository.Round(41L, PERIOD.code(),
            PERIOD.title(), PERIOD.figuresFrom(), LocalDate.of(2027, 4, 30), PERIOD.dueAt(), null, null, null);

    private final SemiannualRounds rounds = mock(SemiannualRounds.class);
    private final SemiannualOverviews overviews = mock(SemiannualOverviews.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        SemiannualDelegates delegates = new SemiannualDelegates();
        Mocks.register("semiannualTimer", new SemiannualTimer());
        Mocks.register("openSemiannualRound", delegates.openSemiannualRound(rounds));
        Mocks.register("showSemiannualOverview", delegates.showSemiannualOverview(overviews));
        when(overviews.text(41L)).thenReturn("应报21个单位，已报送20个");
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private static ProcessEngine engine() {
        return ENGINE.getProcessEngine();
    }

    private static Date jiyuan(int y, int m, int d, int h) {
        return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(CaseTime.ZONE).toInstant());
    }

    private static Job startTimer() {
        return engine().getManagementService().createJobQuery().processDefinitionKey(ROUND_PROCESS).timers().list()
                .stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    }

    @Test
    void theTimerIssuesOnTheFirstOfMayAndNovemberAndTheRollupFollowsTheDueDate() {
        when(rounds.open(isNull(), anyString())).thenReturn(new SemiannualRounds.Opened(ROUND, true));
        Date deployedAt = ClockUtil.getCurrentTime();
        assertThat(startTimer().getDuedate()).as("the next 1 May or 1 November, 08:00 in Jiyuan, after deployment")
                .isAfter(deployedAt).isIn((Object[]) nextIssueDays(deployedAt));

        // the engine fires the timer on 1 May 2027 at 08:00 Jiyuan time
        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), jiyuan(2027, 5, 1, 8));
        ProcessInstance instance = engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ROUND_PROCESS).singleResult();
        assertThat(instance).hasPassed("issuedByTimer", "issued", "openRound").isWaitingAt("dueReached");
        assertThat(startTimer().getDuedate()).as("then 1 November").isEqualTo(jiyuan(2027, 11, 1, 8));
        verify(rounds).open(null, instance.getId());

        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), jiyuan(2027, 5, 30, 23));
        assertThat(instance).isWaitingAt("dueReached");
        ProcessTestEngine.moveClockAndExecute(engine().getManagementService(), jiyuan(2027, 5, 31, 0));
        assertThat(instance).isWaitingAt("reviewSummaries").task().hasCandidateGroup("grassroots-section");
        assertThat(engine().getTaskService().getVariableLocal(task(instance).getId(), OVERVIEW_TEXT))
                .isEqualTo("应报21个单位，已报送20个");
        assertThat(task(instance).getDescription()).isEqualTo("2027年上半年工作总结的报送情况和汇总文书");

        complete(task(instance));
        assertThat(instance).hasPassed("reviewed").isEnded();
    }

    @Test
    void aStartByHandOfAnIssuedHalfYearIssuesNothing() {
        when(rounds.open(anyString(), anyString())).thenReturn(new SemiannualRounds.Opened(ROUND, false));
        ProcessInstance instance = engine().getRuntimeService().startProcessInstanceByMessage(ISSUE_BY_HAND_MESSAGE,
                org.camunda.bpm.engine.variable.Variables.putValue(INITIATOR, "zhaojiceng"));
        assertThat(instance).hasPassed("issuedByHand", "openRound", "issuedBefore").hasNotPassed("dueReached").isEnded();
        verify(rounds).open(any(), any());
        verify(rounds).open("zhaojiceng", instance.getId());
    }

    /** 1 May and 1 November 08:00 Jiyuan time of the year of {@code after} and the next. */
    private static Date[] nextIssueDays(Date after) {
        int year = after.toInstant().atZone(CaseTime.ZONE).getYear();
        return new Date[] {jiyuan(year, 5, 1, 8), jiyuan(year, 11, 1, 8), jiyuan(year + 1, 5, 1, 8)};
    }
}
