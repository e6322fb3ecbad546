package cn.jiyuan.mediation.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/** The hotspot rule with exact numbers: a window against the average of the same-length windows before it. */
class HotspotRuleTest {

    /** 7-day windows, 52 of them before (364 days), factor 2, at least 5 cases. */
    private final HotspotRule week = new HotspotRule(7, 52, new BigDecimal("2.0"), 5);

    @Test
    void moreThanFactorTimesTheBaselineIsASpike() {
        // 104 cases in 52 weeks: 2 a week; twice that is 4, so 5 exceeds it
        assertThat(week.baseline(104)).isEqualByComparingTo("2.00");
        assertThat(week.isSpike(5, 104)).isTrue();
        // exactly factor × baseline does not exceed it: 156 cases = 3 a week, ×2 = 6
        assertThat(week.isSpike(6, 156)).isFalse();
        assertThat(week.isSpike(7, 156)).isTrue();
    }

    @Test
    void theMinimumKeepsAQuietSubjectsFewCasesFromBeingASpike() {
        // 1 case against none before, and 4 against none: below the minimum of 5
        assertThat(week.isSpike(1, 0)).isFalse();
        assertThat(week.isSpike(4, 0)).isFalse();
        assertThat(week.isSpike(5, 0)).isTrue();
        // 4 cases against 26 in a year (0.5 a week) would be 8 times the baseline, but is below the minimum
        assertThat(week.isSpike(4, 26)).isFalse();
    }

    @Test
    void theFactorIsRespected() {
        HotspotRule threeTimes = new HotspotRule(30, 12, new BigDecimal("3"), 10);
        // 120 cases in 12 months: 10 a month; 3 × 10 = 30
        assertThat(threeTimes.isSpike(30, 120)).isFalse();
        assertThat(threeTimes.isSpike(31, 120)).isTrue();
        HotspotRule oneAndAHalf = new HotspotRule(30, 12, new BigDecimal("1.5"), 10);
        assertThat(oneAndAHalf.isSpike(16, 120)).isTrue();
        assertThat(oneAndAHalf.isSpike(15, 120)).isFalse();
    }

    @Test
    void theWindowsComeFromTheProperties() {
        AwarenessProperties properties = new AwarenessProperties();
        assertThat(properties.getHotspot().rule(7)).isEqualTo(new HotspotRule(7, 52, new BigDecimal("2.0"), 5));
        assertThat(properties.getHotspot().rule(30)).isEqualTo(new HotspotRule(30, 12, new BigDecimal("2.0"), 10));
    }

    @Test
    void detectionFindsTheTownTheCategoryAndTheCategoryInTheTown() {
        OrganizationRepository registry = mock(OrganizationRepository.class);
        when(registry.findUnit("419001100")).thenReturn(Optional.of(new OrgUnit("419001100", "克井镇", UnitLevel.TOWN,
                "419001", "419001100")));
        when(registry.findUnit("419001001")).thenReturn(Optional.of(new OrgUnit("419001001", "沁园街道", UnitLevel.TOWN,
                "419001", "419001001")));
        HotspotDetection detection = new HotspotDetection(null, registry, new AwarenessProperties());
        List<CaseCounts.WindowCount> rows = new ArrayList<>();
        // 克井镇: 6 environment cases this week, one a month before (12 in the year); neighbours steady at 1 a week
        rows.add(new CaseCounts.WindowCount("419001100", "ENVIRONMENT", 0, 6));
        for (int w = 4; w <= 48; w += 4) {
            rows.add(new CaseCounts.WindowCount("419001100", "ENVIRONMENT", w, 1));
        }
        for (int w = 0; w <= 52; w++) {
            rows.add(new CaseCounts.WindowCount("419001100", "NEIGHBOR", w, 1));
            // 沁园街道: a busy town, 10 a week, this week 10 as always
            rows.add(new CaseCounts.WindowCount("419001001", "NEIGHBOR", w, 10));
        }

        List<AlertDraft> found = detection.detect(new HotspotRule(7, 52, new BigDecimal("2.0"), 5), rows);

        // town: 7 this week against (12 + 52) / 52 = 1.23 → 7 > 2.46: a spike. Category city-wide: ENVIRONMENT 6
        // against 12/52; NEIGHBOR 11 against 11 a week: none. In the town: ENVIRONMENT 6 against 0.23: a spike.
        assertThat(found).extracting(AlertDraft::subjectKey).containsExactly("HOTSPOT_TOWN:419001100::7D",
                "HOTSPOT_CATEGORY::ENVIRONMENT:7D", "HOTSPOT_TOWN_CATEGORY:419001100:ENVIRONMENT:7D");
        AlertDraft town = found.get(0);
        assertThat(town.figures()).isEqualTo(AlertFigures.hotspot(7, 7, new BigDecimal("1.23"), new BigDecimal("2.0"), 5));
        assertThat(town.title()).isEqualTo("克井镇近7日矛盾纠纷高发");
        assertThat(town.description()).isEqualTo("克井镇近7日受理矛盾纠纷7件，此前364日内每7日平均1.23件，是平时的5.7倍，"
                + "超过预警倍数2倍（且不少于5件）。");
        AlertDraft inTown = found.get(2);
        assertThat(inTown.townCode()).isEqualTo("419001100");
        assertThat(inTown.category()).isEqualTo("ENVIRONMENT");
        assertThat(inTown.title()).isEqualTo("克井镇近7日环境污染纠纷激增");
        assertThat(inTown.recommendedAction()).contains("克井镇司法所开展“环境污染纠纷专项排查”");
        AlertDraft city = found.get(1);
        assertThat(city.townCode()).isNull();
        assertThat(city.title()).isEqualTo("全市近7日环境污染纠纷激增");
    }
}
