package cn.jiyuan.mediation.cases;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.platform.SystemAuthority;

/** Changes a case's status and records who did it and why (the status history). */
@Service
public class CaseStatusService {

    /** 人民调解法第十七条 (refusal) and 第二十六条 (the routes a party is told about). */
    static final String REFUSAL_GUIDANCE = "当事人明确拒绝调解，依据《中华人民共和国人民调解法》第十七条不得调解，本案终止。"
            + "已告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。";
    static final String NO_AGREEMENT_GUIDANCE = "调解不成，终止调解。已依据《中华人民共和国人民调解法》第二十六条告知当事人"
            + "可以依法通过仲裁、行政、司法等途径维护自己的权利。";
    static final String SYSTEM = "system";

    private final CaseRepository cases;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;

    public CaseStatusService(CaseRepository cases, IdentityService identity, ApplicationEventPublisher events) {
        this.cases = cases;
        this.identity = identity;
        this.events = events;
    }

    /** A party refused mediation: the case ends with guidance to other routes. */
    @Transactional
    public void recordRefusal(long caseId) {
        cases.changeStatus(caseId, CaseStatus.REFUSED.name(), null,
                new StatusChange(CaseStatus.REFUSED.name(), CaseTime.now(), currentUser(), REFUSAL_GUIDANCE));
        // synchronous, inside the recording transaction (like every case event)
        events.publishEvent(new CaseEndedEvent(caseId, CaseStatus.REFUSED.name(), null));
    }

    /** 结案归档: the case is closed (after any outcome but refusal); publishes {@link CaseEndedEvent}. */
    @Transactional
    public void close(long caseId, String note) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        cases.changeStatus(caseId, CaseStatus.CLOSED.name(), null,
                new StatusChange(CaseStatus.CLOSED.name(), CaseTime.now(), currentUser(), truncate(note)));
        events.publishEvent(new CaseEndedEvent(caseId, CaseStatus.CLOSED.name(), c.outcome()));
    }

    /** Sets a new status with a note (hand-over, extension, reopening...). */
    @Transactional
    public void change(long caseId, CaseStatus status, String note) {
        cases.changeStatus(caseId, status.name(), null,
                new StatusChange(status.name(), CaseTime.now(), currentUser(), truncate(note)));
    }

    /** Records a step in the history without changing the status (session, reminder, supervision, visit...). */
    @Transactional
    public void note(long caseId, String note) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        cases.insertStatusChange(caseId, new StatusChange(c.status(), CaseTime.now(), currentUser(), truncate(note)));
    }

    private static String truncate(String note) {
        return note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    /** The mediation ended with the given outcome; {@code notes} is the mediator's account (调解情况说明). */
    @Transactional
    public void recordOutcome(long caseId, MediationOutcome outcome, String notes) {
        StringBuilder note = new StringBuilder(outcome.label());
        if (outcome == MediationOutcome.NO_AGREEMENT) {
            note.append("。").append(NO_AGREEMENT_GUIDANCE);
        }
        if (notes != null && !notes.isBlank()) {
            note.append("\n").append(notes.strip());
        }
        String text = note.length() > 2000 ? note.substring(0, 2000) : note.toString();
        cases.changeStatus(caseId, outcome.status().name(), outcome.name(),
                new StatusChange(outcome.status().name(), CaseTime.now(), currentUser(), text));
    }

    /** The engine user on whose behalf this runs (the API caller or the Tasklist user), else "system". */
    public String currentUser() {
        String user = SystemAuthority.actingUser(identity);
        return user == null ? SYSTEM : user;
    }
}
