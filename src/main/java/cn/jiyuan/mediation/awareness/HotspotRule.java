package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When the cases of a subject (a town, a category, a category in a town) in the last {@code windowDays} days are a
 * spike: at least {@code minCases}, and more than {@code factor} times its own baseline, the average of the
 * {@code baselineWindows} windows of the same length just before. The subject's own history is the yardstick, so
 * that a big town is not a hotspot for being big; the minimum keeps a quiet subject's 1 case against 0 from being
 * a spike.
 */
public record HotspotRule(int windowDays, int baselineWindows, BigDecimal factor, int minCases) {

    public HotspotRule {
        if (windowDays < 1 || baselineWindows < 1) {
            throw new IllegalArgumentException("window and baseline need at least one day and one window");
        }
    }

    /**
     * @param current       cases in the current window
     * @param baselineTotal cases in all baseline windows together
     */
    public boolean isSpike(long current, long baselineTotal) {
        // current > factor × total / windows, compared without rounding the average
        return current >= minCases && BigDecimal.valueOf(current * baselineWindows)
                .compareTo(factor.multiply(BigDecimal.valueOf(baselineTotal))) > 0;
    }

    /** The average of the baseline windows, as shown (two decimals). */
    public BigDecimal baseline(long baselineTotal) {
        return BigDecimal.valueOf(baselineTotal).divide(BigDecimal.valueOf(baselineWindows), 2, RoundingMode.HALF_UP);
    }
}
