package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;

/**
 * The figures that triggered an alert; each kind fills its own and leaves the others null (hotspots: window,
 * observed cases, baseline, factor, minimum; workload: observed open cases, mediators, per mediator, threshold;
 * repeat parties: the earlier cases and findings).
 */
public record AlertFigures(Integer windowDays, Integer observed, BigDecimal baseline, BigDecimal factor,
                           Integer minCount, Integer mediators, BigDecimal perMediator, BigDecimal threshold,
                           String relatedCases) {

    public static AlertFigures hotspot(int windowDays, long observed, BigDecimal baseline, BigDecimal factor,
                                       int minCount) {
        return new AlertFigures(windowDays, (int) observed, baseline, factor, minCount, null, null, null, null);
    }

    public static AlertFigures workload(long openCases, int mediators, BigDecimal perMediator, BigDecimal threshold) {
        return new AlertFigures(null, (int) openCases, null, null, null, mediators, perMediator, threshold, null);
    }

    public static AlertFigures repeat(int earlier, String relatedCases) {
        return new AlertFigures(null, earlier, null, null, null, null, null, null, relatedCases);
    }
}
