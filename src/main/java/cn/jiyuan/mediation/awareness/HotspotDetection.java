package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * Hotspots and spikes (态势感知：热点、激增): towns, categories city-wide and categories within a town whose cases of
 * the last 7 and 30 days exceed their own baseline ({@link HotspotRule}, thresholds {@code mediation.awareness.hotspot}).
 */
@Service
public class HotspotDetection {

    static final int[] WINDOWS = {7, 30};

    private final CaseCounts counts;
    private final OrganizationRepository registry;
    private final AwarenessProperties properties;

    public HotspotDetection(CaseCounts counts, OrganizationRepository registry, AwarenessProperties properties) {
        this.counts = counts;
        this.registry = registry;
        this.properties = properties;
    }

    public List<AlertDraft> detect(OffsetDateTime now) {
        List<AlertDraft> found = new ArrayList<>();
        for (int days : WINDOWS) {
            HotspotRule rule = properties.getHotspot().rule(days);
            found.addAll(detect(rule, counts.perWindow(now, days, rule.baselineWindows())));
        }
        return found;
    }

    List<AlertDraft> detect(HotspotRule rule, List<CaseCounts.WindowCount> rows) {
        // per subject: cases of window 0 (now) .. window n (oldest); TreeMaps keep the alerts in a stable order
        Map<String, long[]> towns = new TreeMap<>();
        Map<String, long[]> categories = new TreeMap<>();
        Map<String, long[]> townCategories = new TreeMap<>();
        for (CaseCounts.WindowCount row : rows) {
            add(towns, row.townCode(), rule, row);
            add(categories, row.category(), rule, row);
            add(townCategories, row.townCode() + ":" + row.category(), rule, row);
        }
        List<AlertDraft> found = new ArrayList<>();
        towns.forEach((town, series) -> spike(rule, series, AlertKind.HOTSPOT_TOWN, town, null, found));
        categories.forEach((category, series) -> spike(rule, series, AlertKind.HOTSPOT_CATEGORY, null, category, found));
        townCategories.forEach((key, series) -> {
            String[] parts = key.split(":", 2);
            spike(rule, series, AlertKind.HOTSPOT_TOWN_CATEGORY, parts[0], parts[1], found);
        });
        return found;
    }

    private static void add(Map<String, long[]> series, String key, HotspotRule rule, CaseCounts.WindowCount row) {
        series.computeIfAbsent(key, k -> new long[rule.baselineWindows() + 1])[row.window()] += row.cases();
    }

    private void spike(HotspotRule rule, long[] series, AlertKind kind, String town, String category,
                       List<AlertDraft> found) {
        long current = series[0];
        long baselineTotal = 0;
        for (int i = 1; i < series.length; i++) {
            baselineTotal += series[i];
        }
        if (!rule.isSpike(current, baselineTotal)) {
            return;
        }
        BigDecimal baseline = rule.baseline(baselineTotal);
        String subject = kind.name() + ":" + (town == null ? "" : town) + ":" + (category == null ? "" : category)
                + ":" + rule.windowDays() + "D";
        String where = town == null ? "全市" : townName(town);
        String what = category == null ? "矛盾纠纷" : DisputeCategory.valueOf(category).label() + "纠纷";
        String title = where + "近" + rule.windowDays() + "日" + what + (kind == AlertKind.HOTSPOT_TOWN ? "高发" : "激增");
        String description = where + "近" + rule.windowDays() + "日受理" + what + current + "件，"
                + comparison(rule, current, baseline, what) + "，超过预警倍数" + plain(rule.factor()) + "倍（且不少于"
                + rule.minCases() + "件）。";
        found.add(new AlertDraft(kind, subject, town, null, category, null,
                AlertFigures.hotspot(rule.windowDays(), current, baseline, rule.factor(), rule.minCases()), title,
                description, action(kind, where, what)));
    }

    private static String comparison(HotspotRule rule, long current, BigDecimal baseline, String what) {
        String before = "此前" + rule.baselineWindows() * rule.windowDays() + "日内";
        if (baseline.signum() == 0) {
            return before + "没有受理过" + what;
        }
        BigDecimal times = BigDecimal.valueOf(current).divide(baseline, 1, java.math.RoundingMode.HALF_UP);
        return before + "每" + rule.windowDays() + "日平均" + plain(baseline) + "件，是平时的" + plain(times) + "倍";
    }

    private static String action(AlertKind kind, String where, String what) {
        return switch (kind) {
            case HOTSPOT_TOWN -> "建议" + where + "司法所分析纠纷高发的原因和集中的村（社区），组织调委会重点排查、提前介入；"
                    + "同类纠纷集中的，可开展专项排查。";
            case HOTSPOT_TOWN_CATEGORY -> "建议" + where + "司法所开展“" + what + "专项排查”，逐村（社区）摸排同类纠纷，"
                    + "查明共同起因，必要时报告镇党委政府、会同有关部门化解。";
            default -> "建议市局基层科研判全市" + what + "增多的原因，部署全市" + what + "专项排查，并会同行业主管部门从源头化解。";
        };
    }

    private String townName(String town) {
        return registry.findUnit(town).map(OrgUnit::name).orElse(town);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
