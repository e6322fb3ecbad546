package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Open cases per full-time mediator of a committee (资源调配). Overloaded: at least {@code overloadedMinCases} open
 * cases and more than {@code overloadedPerMediator} per full-time mediator, or open cases and no full-time mediator
 * at all; the minimum keeps a committee with two cases and no full-time mediator (a staffing gap the staffing review
 * reports) from being called overloaded. Idle: full-time mediators with at most {@code idlePerMediator} open cases
 * each.
 */
public record WorkloadRule(BigDecimal overloadedPerMediator, int overloadedMinCases, BigDecimal idlePerMediator) {

    public boolean isOverloaded(long openCases, int mediators) {
        if (openCases < overloadedMinCases) {
            return false;
        }
        return mediators == 0
                || BigDecimal.valueOf(openCases).compareTo(overloadedPerMediator.multiply(BigDecimal.valueOf(mediators))) > 0;
    }

    public boolean isIdle(long openCases, int mediators) {
        return mediators > 0
                && BigDecimal.valueOf(openCases).compareTo(idlePerMediator.multiply(BigDecimal.valueOf(mediators))) <= 0;
    }

    /** Open cases per full-time mediator (two decimals), or null without one. */
    public static BigDecimal perMediator(long openCases, int mediators) {
        return mediators == 0 ? null
                : BigDecimal.valueOf(openCases).divide(BigDecimal.valueOf(mediators), 2, RoundingMode.HALF_UP);
    }
}
