package cn.jiyuan.mediation.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;

/** Open cases per full-time mediator with exact numbers; who is named as overloaded and idle. */
class WorkloadRuleTest {

    /** Overloaded above 8 per mediator once there are 5 open cases; idle at 1 or fewer per mediator. */
    private final WorkloadRule rule = new WorkloadRule(new BigDecimal("8"), 5, new BigDecimal("1.0"));

    @Test
    void overloadedAboveTheLimitPerMediator() {
        assertThat(rule.isOverloaded(24, 3)).as("8 each: at the limit").isFalse();
        assertThat(rule.isOverloaded(25, 3)).as("8.33 each").isTrue();
        assertThat(rule.isOverloaded(9, 1)).isTrue();
        assertThat(WorkloadRule.perMediator(25, 3)).isEqualByComparingTo("8.33");
    }

    @Test
    void withoutAFullTimeMediatorOnlyFromTheMinimum() {
        assertThat(rule.isOverloaded(4, 0)).as("below the minimum: a staffing gap, not a backlog").isFalse();
        assertThat(rule.isOverloaded(5, 0)).isTrue();
        assertThat(WorkloadRule.perMediator(5, 0)).isNull();
    }

    @Test
    void idleAtMostTheIdleLimitPerMediator() {
        assertThat(rule.isIdle(3, 3)).isTrue();
        assertThat(rule.isIdle(4, 3)).isFalse();
        assertThat(rule.isIdle(0, 0)).as("no mediator: nobody to lend").isFalse();
    }

    @Test
    void theDefaultsComeFromTheProperties() {
        assertThat(new AwarenessProperties().getWorkload().rule()).isEqualTo(rule);
    }

    @Test
    void anOverloadedCommitteeNamesTheIdleOnesOfItsTownAndTheyAreNamedToo() {
        Committee village = committee("VC419001100201", "克井镇东许村人民调解委员会", CommitteeType.VILLAGE);
        Committee town = committee("TC419001100", "克井镇人民调解委员会", CommitteeType.TOWN);
        Committee busyNeighbour = committee("VC419001100202", "克井镇枣庙村人民调解委员会", CommitteeType.VILLAGE);
        Committee elsewhere = committee("TC419001001", "沁园街道人民调解委员会", CommitteeType.TOWN);
        List<WorkloadDetection.Load> loads = List.of(
                new WorkloadDetection.Load(village, "419001100", 12, 1),
                new WorkloadDetection.Load(town, "419001100", 2, 3),
                new WorkloadDetection.Load(busyNeighbour, "419001100", 4, 1),
                // idle, but nothing in its town is overloaded: no alert
                new WorkloadDetection.Load(elsewhere, "419001001", 0, 3));

        List<AlertDraft> found = new WorkloadDetection(null, null, null).detect(rule, loads);

        assertThat(found).extracting(AlertDraft::subjectKey)
                .containsExactly("WORKLOAD_OVERLOADED:VC419001100201", "WORKLOAD_IDLE:TC419001100");
        AlertDraft overloaded = found.get(0);
        assertThat(overloaded.figures()).isEqualTo(AlertFigures.workload(12, 1, new BigDecimal("12.00"), new BigDecimal("8")));
        assertThat(overloaded.description()).isEqualTo("克井镇东许村人民调解委员会在办案件12件，专职人民调解员1人，人均12件，"
                + "超过人均8件的上限。");
        assertThat(overloaded.recommendedAction()).contains("可调配：克井镇人民调解委员会力量富余");
        AlertDraft idle = found.get(1);
        assertThat(idle.townCode()).isEqualTo("419001100");
        assertThat(idle.description()).contains("人均0.67件", "克井镇东许村人民调解委员会案件积压");
    }

    private static Committee committee(String code, String name, CommitteeType type) {
        return new Committee(code, name, name.substring(0, 2), type, code.substring(2), null, "JO419001100");
    }
}
