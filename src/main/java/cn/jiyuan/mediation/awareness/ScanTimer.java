package cn.jiyuan.mediation.awareness;

import org.springframework.stereotype.Component;

/**
 * The cycle of the awareness-scan timer ({@code ${awarenessScanTimer.cycle}}), {@code mediation.awareness.scan-cycle}.
 *
 * <p>Why a timer process rather than Spring's {@code @Scheduled}: with several nodes on one database (README
 * "可靠性") every node would run a {@code @Scheduled} method, while the engine's timer job runs once, on whichever
 * node takes it; a failed scan is retried and then shown as an incident in Cockpit, beside the other processes; and
 * the end-to-end tests, whose job executor is off, run the detection themselves as of a moment they choose.
 */
@Component("awarenessScanTimer")
public class ScanTimer {

    private final AwarenessProperties properties;

    public ScanTimer(AwarenessProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.getScanCycle();
    }
}
