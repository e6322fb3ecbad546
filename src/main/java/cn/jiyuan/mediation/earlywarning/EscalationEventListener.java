package cn.jiyuan.mediation.earlywarning;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseEndedEvent;
import cn.jiyuan.mediation.cases.CaseRegisteredEvent;
import cn.jiyuan.mediation.cases.CaseRiskRaisedEvent;
import cn.jiyuan.mediation.cases.RiskLevel;

/**
 * Listens, synchronously inside the publisher's transaction, to the case events that concern early
 * warning: a registration with an early warning and a risk raised to a level that warrants one start process
 * early-warning; the end of a case is passed on to it.
 */
@Component
public class EscalationEventListener {

    private final EarlyWarningService warnings;

    public EscalationEventListener(EarlyWarningService warnings) {
        this.warnings = warnings;
    }

    @EventListener
    public void onRegistered(CaseRegisteredEvent event) {
        if (event.earlyWarning()) {
            warnings.start(event.caseId(), RiskLevel.valueOf(event.riskLevel()), null,
                    EarlyWarningVariables.REGISTERED_EVENT, MailKind.WARNING);
        }
    }

    @EventListener
    public void onRiskRaised(CaseRiskRaisedEvent event) {
        RiskLevel level = RiskLevel.valueOf(event.riskLevel());
        if (warrantsWarning(level, event.earlyWarning())) {
            warnings.start(event.caseId(), level, event.reason(), "risk-raised-" + UUID.randomUUID(),
                    MailKind.ESCALATION);
        }
    }

    @EventListener
    public void onEnded(CaseEndedEvent event) {
        warnings.caseEnded(event.caseId(), event.status(), event.outcome());
    }

    /** HIGH and CRITICAL, and whatever the risk decision flagged (public-security, criminal, mass incident). */
    static boolean warrantsWarning(RiskLevel level, boolean earlyWarning) {
        return earlyWarning || level.compareTo(RiskLevel.HIGH) >= 0;
    }
}
