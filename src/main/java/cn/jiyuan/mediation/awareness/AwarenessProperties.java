package cn.jiyuan.mediation.awareness;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of situational awareness ({@code mediation.awareness.*}); every value has a default, so nothing needs
 * configuring. Example with the defaults:
 *
 * <pre>
 * mediation:
 *   awareness:
 *     scan-cycle: "0 10 * * * ?"    # awareness-scan's timer (Quartz cron, server time zone): hourly at :10
 *     hotspot:
 *       factor: 2.0                 # a window's cases must exceed factor × baseline ...
 *       week-min-cases: 5           # ... and reach this many in the last 7 days,
 *       month-min-cases: 10         # ... or this many in the last 30 days (1 case against 0 is no spike)
 *       baseline-days: 365          # baseline: the average of the same-length windows in these days before
 *     repeat-party:
 *       enabled: true
 *       months: 12                  # earlier cases and screening findings of the same person within this
 *     workload:
 *       overloaded-per-mediator: 8  # more open cases than this per full-time mediator is overloaded ...
 *       overloaded-min-cases: 5     # ... once the committee has at least this many open cases
 *       idle-per-mediator: 1.0      # at most this many per full-time mediator is idle (named when a
 *                                   #   committee of the same town, or of the city level, is overloaded)
 * </pre>
 */
@ConfigurationProperties(prefix = "mediation.awareness")
public class AwarenessProperties {

    /** Cycle of the timer of process awareness-scan; read when the process is deployed. */
    private String scanCycle = "0 10 * * * ?";
    private final Hotspot hotspot = new Hotspot();
    private final RepeatParty repeatParty = new RepeatParty();
    private final Workload workload = new Workload();

    public String getScanCycle() {
        return scanCycle;
    }

    public void setScanCycle(String scanCycle) {
        this.scanCycle = scanCycle;
    }

    public Hotspot getHotspot() {
        return hotspot;
    }

    public RepeatParty getRepeatParty() {
        return repeatParty;
    }

    public Workload getWorkload() {
        return workload;
    }

    /** Hotspots and spikes: a window's cases against the same subject's own baseline. */
    public static class Hotspot {
        private BigDecimal factor = new BigDecimal("2.0");
        private int weekMinCases = 5;
        private int monthMinCases = 10;
        private int baselineDays = 365;

        public BigDecimal getFactor() {
            return factor;
        }

        public void setFactor(BigDecimal factor) {
            this.factor = factor;
        }

        public int getWeekMinCases() {
            return weekMinCases;
        }

        public void setWeekMinCases(int weekMinCases) {
            this.weekMinCases = weekMinCases;
        }

        public int getMonthMinCases() {
            return monthMinCases;
        }

        public void setMonthMinCases(int monthMinCases) {
            this.monthMinCases = monthMinCases;
        }

        public int getBaselineDays() {
            return baselineDays;
        }

        public void setBaselineDays(int baselineDays) {
            this.baselineDays = baselineDays;
        }

        /** The rule of a window of 7 or 30 days. */
        public HotspotRule rule(int windowDays) {
            return new HotspotRule(windowDays, baselineDays / windowDays, factor,
                    windowDays <= 7 ? weekMinCases : monthMinCases);
        }
    }

    /** Repeat parties (重复信访) at intake. */
    public static class RepeatParty {
        private boolean enabled = true;
        private int months = 12;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMonths() {
            return months;
        }

        public void setMonths(int months) {
            this.months = months;
        }
    }

    /** Workload of the committees against the staffing registry (资源调配). */
    public static class Workload {
        private BigDecimal overloadedPerMediator = new BigDecimal("8");
        private int overloadedMinCases = 5;
        private BigDecimal idlePerMediator = new BigDecimal("1.0");

        public BigDecimal getOverloadedPerMediator() {
            return overloadedPerMediator;
        }

        public void setOverloadedPerMediator(BigDecimal overloadedPerMediator) {
            this.overloadedPerMediator = overloadedPerMediator;
        }

        public int getOverloadedMinCases() {
            return overloadedMinCases;
        }

        public void setOverloadedMinCases(int overloadedMinCases) {
            this.overloadedMinCases = overloadedMinCases;
        }

        public BigDecimal getIdlePerMediator() {
            return idlePerMediator;
        }

        public void setIdlePerMediator(BigDecimal idlePerMediator) {
            this.idlePerMediator = idlePerMediator;
        }

        public WorkloadRule rule() {
            return new WorkloadRule(overloadedPerMediator, overloadedMinCases, idlePerMediator);
        }
    }
}
