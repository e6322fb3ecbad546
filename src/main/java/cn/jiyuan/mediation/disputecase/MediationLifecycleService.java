package cn.jiyuan.mediation.disputecase;

import static cn.jiyuan.mediation.forms.FormValues.bool;
import static cn.jiyuan.mediation.forms.FormValues.date;
import static cn.jiyuan.mediation.forms.FormValues.integer;
import static cn.jiyuan.mediation.forms.FormValues.list;
import static cn.jiyuan.mediation.forms.FormValues.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseRiskRaisedEvent;
import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.Ethnicity;
import cn.jiyuan.mediation.cases.PartyParticulars;
import cn.jiyuan.mediation.cases.RegisteredParty;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.documents.UndisplayableCharacterException;
import cn.jiyuan.mediation.disputecase.agreement.AgreementDocument;
import cn.jiyuan.mediation.disputecase.agreement.AgreementPdfRenderer;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.calendar.SensitivePeriodSource;
import cn.jiyuan.mediation.referral.CaseReferrals;
import cn.jiyuan.mediation.triage.RiskAssessment;
import cn.jiyuan.mediation.triage.RiskFacts;
import cn.jiyuan.mediation.triage.RiskResult;

/**
 * The mediation lifecycle of a case after intake (docs/domain.md section 4, steps 4–7): sessions, hand-over,
 * deadline extension, reminders and supervision, outcomes with the written agreement (PDF), judicial
 * confirmation, follow-up visits, rebound and closure. Called by the thin delegates and task listeners of
 * processes/dispute-case.bpmn; every method runs in the engine's (Spring) transaction.
 */
@Service
public class MediationLifecycleService {

    /** Form fields of forms/mediation.form. */
    public static final String ACTION = "mediationAction";
    public static final String SESSION_MODE = "sessionMode";
    public static final String SESSION_PLACE = "sessionPlace";
    public static final String SESSION_FORCES = "sessionForces";
    public static final String SESSION_PARTICIPANTS = "sessionParticipants";
    public static final String SESSION_NOTES = "sessionNotes";
    public static final String EXTENSION_DAYS = "extensionDays";
    public static final String BOTH_PARTIES_CONSENT = "bothPartiesConsent";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String HAND_OVER_REASON = "handOverReason";
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_NOTES = "outcomeNotes";
    public static final String AGREEMENT_FACTS = "agreementFacts";
    public static final String AGREEMENT_RESPONSIBILITY = "agreementResponsibility";
    public static final String AGREEMENT_TERMS = "agreementTerms";
    public static final String PERFORMANCE_METHOD = "performanceMethod";
    public static final String PERFORMANCE_DEADLINE = "performanceDeadline";
    /**
     * Checkbox of an oral agreement: it settles no civil rights and duties and no party asked for it in writing
     * (人民调解法第二十八条; otherwise 人民调解工作若干规定第三十五条 requires a written agreement).
     */
    public static final String ORAL_AGREEMENT_ALLOWED = "oralAgreementAllowed";

    /** The form fields the mediate task consumes (they are removed from the process once recorded). */
    public static final List<String> SESSION_FIELDS = List.of(SESSION_MODE, SESSION_PLACE, SESSION_FORCES,
            SESSION_PARTICIPANTS, SESSION_NOTES);
    public static final List<String> EXTENSION_FIELDS = List.of(EXTENSION_DAYS, BOTH_PARTIES_CONSENT,
            EXTENSION_REASON);
    public static final List<String> AGREEMENT_FIELDS = List.of(OUTCOME_NOTES, AGREEMENT_FACTS,
            AGREEMENT_RESPONSIBILITY, AGREEMENT_TERMS, PERFORMANCE_METHOD, PERFORMANCE_DEADLINE);

    static final String LITIGATION_GUIDANCE = "当事人不履行调解协议，已告知双方：可以自调解协议生效之日起三十日内共同向人民法院"
            + "申请司法确认，经确认有效的可以申请强制执行；也可以就调解协议的履行或者调解协议的内容发生争议，"
            + "依法向人民法院提起诉讼（人民调解法第三十二、三十三条）。";

    /** Actions of the mediate form; REFER_OUT: to a court, the police, a petition office or a department (三调联动). */
    public enum Action { CONTINUE, EXTEND, HAND_OVER, CONCLUDE, REFER_OUT }

    /** The reassessed risk after a rebound, and the new mediation deadline. */
    public record Reassessment(RiskLevel riskLevel, boolean earlyWarning, LocalDate deadline) {
    }

    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final MediationRecords records;
    private final OrganizationRepository registry;
    private final AgreementPdfRenderer renderer;
    private final RiskAssessment riskAssessment;
    private final SensitivePeriodSource sensitivePeriods;
    private final ApplicationEventPublisher events;
    private final IdentityService identity;
    private final TaskService tasks;
    private final List<Integer> followUpDays;
    private final int maxExtensionDays;
    private final CaseReferrals referrals;

    public MediationLifecycleService(CaseRepository cases, CaseStatusService statuses, MediationRecords records,
                                     OrganizationRepository registry, AgreementPdfRenderer renderer,
                                     RiskAssessment riskAssessment, SensitivePeriodSource sensitivePeriods,
                                     ApplicationEventPublisher events, IdentityService identity, TaskService tasks,
                                     @Value("${mediation.follow-up.days:7,30}") String followUpDays,
                                     @Value("${mediation.deadline.max-extension-days:30}") int maxExtensionDays,
                                     CaseReferrals referrals) {
        this.referrals = referrals;
        this.cases = cases;
        this.statuses = statuses;
        this.records = records;
        this.registry = registry;
        this.renderer = renderer;
        this.riskAssessment = riskAssessment;
        this.sensitivePeriods = sensitivePeriods;
        this.events = events;
        this.identity = identity;
        this.tasks = tasks;
        this.followUpDays = Arrays.stream(followUpDays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted().toList();
        this.maxExtensionDays = maxExtensionDays;
    }

    public CaseFile find(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
    }

    // ------------------------------------------------------------------ the mediate task

    /**
     * The mediate form was completed: checks the chosen action's input (a {@link MediationInputException}
     * keeps the task open with the message) and records the session when one was entered.
     *
     * @param extendedDays days the deadline was already extended by in this mediation
     */
    @Transactional
    public Action completeMediation(long caseId, Map<String, Object> form, int extendedDays) {
        Action action;
        try {
            action = Action.valueOf(String.valueOf(form.get(ACTION)));
        } catch (IllegalArgumentException e) {
            throw new MediationInputException(ACTION, "请选择下一步（继续调解、延长期限、移交、移送有关部门或结束调解）");
        }
        CaseFile c = find(caseId);
        switch (action) {
            case CONTINUE -> {
                if (text(form.get(SESSION_MODE)) == null) {
                    throw new MediationInputException(SESSION_MODE, "继续调解时请填写本次调解记录（调解方式、参加人员、调解情况）");
                }
            }
            case EXTEND -> {
                if (!bool(form.get(BOTH_PARTIES_CONSENT))) {
                    throw new MediationInputException(BOTH_PARTIES_CONSENT, "延长调解期限须经双方当事人同意");
                }
                Integer days = integer(form.get(EXTENSION_DAYS), "延长天数");
                int left = maxExtensionDays - extendedDays;
                if (days == null || days < 1 || days > left) {
                    throw new MediationInputException(EXTENSION_DAYS, left <= 0 ? "调解期限已延长" + maxExtensionDays + "日，不能再延长"
                            : "延长天数须为1至" + left + "日");
                }
            }
            case HAND_OVER -> {
                if (nextLevel(c).isEmpty()) {
                    throw new MediationInputException(ACTION, "本案已由市级人民调解中心办理，无法再向上移交");
                }
                if (text(form.get(HAND_OVER_REASON)) == null) {
                    throw new MediationInputException(HAND_OVER_REASON, "请填写移交理由");
                }
            }
            case CONCLUDE -> {
                if (checkOutcome(form) == MediationOutcome.AGREEMENT_WRITTEN) {
                    recordParties(caseId, form);
                }
            }
            case REFER_OUT -> referrals.check(form);
        }
        if (text(form.get(SESSION_MODE)) != null) {
            recordSession(caseId, form);
        }
        return action;
    }

    private MediationOutcome checkOutcome(Map<String, Object> form) {
        MediationOutcome outcome;
        try {
            outcome = MediationOutcome.valueOf(String.valueOf(form.get(OUTCOME)));
        } catch (IllegalArgumentException e) {
            throw new MediationInputException(OUTCOME, "请选择调解结果");
        }
        if (text(form.get(OUTCOME_NOTES)) == null) {
            throw new MediationInputException(OUTCOME_NOTES, "请填写调解情况说明");
        }
        if (outcome == MediationOutcome.REFERRED) {
            // taken over by the unit a case was referred to: recorded from its answer, never chosen here
            throw new MediationInputException(OUTCOME, "移送有关部门处理的，请选择下一步“移送有关部门处理”");
        }
        Map<String, String> missing = new LinkedHashMap<>();
        if (outcome == MediationOutcome.AGREEMENT_WRITTEN) {
            require(form, AGREEMENT_FACTS, "纠纷主要事实", missing);
            require(form, AGREEMENT_RESPONSIBILITY, "争议事项及各方责任", missing);
            require(form, AGREEMENT_TERMS, "协议内容", missing);
            require(form, PERFORMANCE_METHOD, "履行方式", missing);
            require(form, PERFORMANCE_DEADLINE, "履行期限", missing);
        } else if (outcome == MediationOutcome.AGREEMENT_ORAL) {
            if (!bool(form.get(ORAL_AGREEMENT_ALLOWED))) {
                // 人民调解工作若干规定第三十五条: rights and duties, or a party's wish, call for a written agreement
                throw new MediationInputException(ORAL_AGREEMENT_ALLOWED, "协议有民事权利义务内容或当事人要求书面协议的，"
                        + "应当制作书面调解协议：请改选“达成书面协议”，或确认可以口头协议");
            }
            require(form, AGREEMENT_TERMS, "协议内容", missing);
        }
        if (!missing.isEmpty()) {
            throw new MediationInputException(missing.keySet().iterator().next(), "达成"
                    + (outcome == MediationOutcome.AGREEMENT_WRITTEN ? "书面" : "口头") + "协议须填写："
                    + String.join("、", missing.values()));
        }
        LocalDate performance = date(form.get(PERFORMANCE_DEADLINE), "履行期限");
        if (performance != null && performance.isBefore(CaseTime.today())) {
            throw new MediationInputException(PERFORMANCE_DEADLINE, "履行期限不能早于今天");
        }
        return outcome;
    }

    /**
     * The parties' particulars of a written agreement (人民调解法第二十九条), checked and written to case_party, so
     * that the agreement prints them and they are never kept in the engine.
     */
    private void recordParties(long caseId, Map<String, Object> form) {
        List<AgreementParties.Completed> parties = AgreementParties.read(form, cases.findRegisteredParties(caseId),
                CaseTime.today());
        for (AgreementParties.Completed p : parties) {
            cases.updateParty(caseId, p.partyId(), p.phone(), p.idNumber(), p.particulars());
        }
        statuses.note(caseId, "核实当事人基本情况（用于书面调解协议）");
    }

    private static void require(Map<String, Object> form, String field, String label, Map<String, String> missing) {
        if (text(form.get(field)) == null) {
            missing.put(field, label);
        }
    }

    /** 调解记录: one case_session row (mode, participants incl. the six forces, notes). */
    @Transactional
    public long recordSession(long caseId, Map<String, Object> form) {
        SessionMode mode;
        try {
            mode = SessionMode.valueOf(text(form.get(SESSION_MODE)));
        } catch (IllegalArgumentException e) {
            throw new MediationInputException(SESSION_MODE, "调解方式无效：" + form.get(SESSION_MODE));
        }
        String notes = text(form.get(SESSION_NOTES));
        if (notes == null) {
            throw new MediationInputException(SESSION_NOTES, "请填写本次调解情况");
        }
        List<String> participants = new ArrayList<>();
        for (String force : list(form.get(SESSION_FORCES))) {
            participants.add(ForceType.parse(force).map(ForceType::label).orElse(force));
        }
        String named = text(form.get(SESSION_PARTICIPANTS));
        String who = (participants.isEmpty() ? "" : "参与力量：" + String.join("、", participants))
                + (named == null ? "" : (participants.isEmpty() ? "" : "；") + "参加人员：" + named);
        OffsetDateTime now = CaseTime.now();
        long id = records.insertSession(caseId, mode.name(), now, limit(text(form.get(SESSION_PLACE)), 200),
                limit(who.isEmpty() ? null : who, 1000), limit(notes, 8000), statuses.currentUser(), now);
        statuses.note(caseId, "调解记录（" + mode.label() + "）" + (who.isEmpty() ? "" : "：" + who));
        return id;
    }

    /**
     * 移送有关部门处理 (三调联动): the referral with its letter, the case waiting for the answer; the letter is e-mailed
     * and the answer awaited by the called process case-referral.
     *
     * @return the referral's id
     */
    @Transactional
    public long referOut(long caseId, Map<String, Object> form) {
        return referrals.refer(caseId, form);
    }

    // ------------------------------------------------------------------ extension, hand-over

    /** 延长调解期限 with both parties' consent: the new deadline. */
    @Transactional
    public LocalDate extendDeadline(long caseId, int days, String reason) {
        CaseFile c = find(caseId);
        LocalDate deadline = c.deadline().plusDays(days);
        cases.updateDeadline(caseId, deadline);
        statuses.change(caseId, CaseStatus.DEADLINE_EXTENDED, "经双方当事人同意，调解期限延长" + days + "日，至" + deadline
                + (reason == null ? "" : "。理由：" + reason));
        return deadline;
    }

    /**
     * The committee one level up: village → town → city centre; industry → city centre; a room stationed in a town →
     * that town's committee (it is the town's outpost at the police station, the tribunal, the petition office), a
     * room stationed in the city → city centre.
     */
    public Optional<Committee> nextLevel(CaseFile c) {
        return switch (c.handlingLevel()) {
            case VILLAGE -> registry.findCommitteeOfUnit(c.townCode(), CommitteeType.TOWN).or(registry::findCityCenter);
            case TOWN, INDUSTRY -> registry.findCityCenter();
            case CITY_CENTER -> Optional.empty();
            case STATIONED -> registry.findCommittee(c.committeeCode())
                    .flatMap(room -> registry.findUnit(room.unitCode()))
                    .filter(unit -> unit.townCode() != null)
                    .flatMap(unit -> registry.findCommitteeOfUnit(unit.townCode(), CommitteeType.TOWN))
                    .or(registry::findCityCenter);
        };
    }

    /** 移交: the case goes to the committee one level up. */
    @Transactional
    public Committee handOver(long caseId, String reason) {
        CaseFile c = find(caseId);
        Committee next = nextLevel(c).orElseThrow(() -> new MediationInputException("本案无法再向上移交"));
        String from = registry.findCommittee(c.committeeCode()).map(Committee::name).orElse(c.committeeCode());
        cases.updateHandling(caseId, next.code(), HandlingLevel.of(next.type()).name());
        statuses.change(caseId, CaseStatus.HANDED_OVER, "移交：" + from + " → " + next.name()
                + (reason == null ? "" : "。理由：" + reason));
        return next;
    }

    // ------------------------------------------------------------------ reminders and supervision

    /** 期限届满前提醒: raises the open mediation task's priority and leaves a comment on it. */
    @Transactional
    public void remindDeadline(long caseId, String processInstanceId) {
        CaseFile c = find(caseId);
        String message = "办理期限将于" + c.deadline() + "届满，请抓紧调解；确需延长的，经双方当事人同意后可延长。";
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("mediate")
                .list()) {
            tasks.setPriority(task.getId(), Math.min(100, Math.max(task.getPriority(), 80) + 10));
            tasks.createComment(task.getId(), processInstanceId, message);
        }
        statuses.note(caseId, "期限届满提醒：" + message);
    }

    @Transactional
    public void recordOverdue(long caseId) {
        statuses.note(caseId, "调解期限（" + find(caseId).deadline() + "）已届满，案件超期，转司法所督办");
    }

    /** 督办意见 of the justice office or the city centre. */
    @Transactional
    public void recordSupervision(long caseId, String by, String opinion) {
        if (text(opinion) == null) {
            throw new MediationInputException(DisputeCaseVariables.SUPERVISION_OPINION, "请填写督办意见");
        }
        statuses.note(caseId, by + "督办超期案件：" + opinion.strip());
    }

    // ------------------------------------------------------------------ outcomes

    /** An agreement as recorded: its case_agreement id, and the case_document id of its PDF (written only). */
    public record RecordedAgreement(long agreementId, Long documentId) {
    }

    /**
     * Records an agreement (written: with the Art. 29 contents and its PDF, the parties printed in full, in the
     * case file; oral: recorded) and sets the case to AGREED.
     */
    @Transactional
    public RecordedAgreement recordAgreement(long caseId, MediationOutcome outcome, Map<String, Object> form) {
        CaseFile c = find(caseId);
        boolean written = outcome == MediationOutcome.AGREEMENT_WRITTEN;
        LocalDate today = CaseTime.today();
        String factsText = text(form.get(AGREEMENT_FACTS));
        String responsibility = text(form.get(AGREEMENT_RESPONSIBILITY));
        List<String> terms = text(form.get(AGREEMENT_TERMS)) == null ? List.of()
                : text(form.get(AGREEMENT_TERMS)).lines().map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.replaceFirst("^[0-9一二三四五六七八九十]+[、.．)）]\\s*", "")).toList();
        String method = text(form.get(PERFORMANCE_METHOD));
        LocalDate performance = date(form.get(PERFORMANCE_DEADLINE), "履行期限");
        String facts = factsText == null ? null
                : factsText + (responsibility == null ? "" : "\n争议事项及责任：" + responsibility);
        String user = statuses.currentUser();
        OffsetDateTime now = CaseTime.now();
        long agreementId = records.insertAgreement(caseId, written ? "WRITTEN" : "ORAL", limit(facts, 4000),
                limit(String.join("\n", terms), 8000), limit(method, 1000), performance, today, user, now);
        statuses.recordOutcome(caseId, outcome, text(form.get(OUTCOME_NOTES)));
        if (!written) {
            return new RecordedAgreement(agreementId, null);
        }
        List<AgreementDocument.Party> parties = new ArrayList<>();
        for (RegisteredParty p : cases.findRegisteredParties(caseId)) {
            parties.add(printed(p, today));
        }
        String committee = registry.findCommittee(c.committeeCode()).map(Committee::name).orElse(c.committeeCode());
        byte[] pdf;
        try {
            pdf = renderer.render(new AgreementDocument(c.caseNumber(), committee, parties, factsText,
                    responsibility, terms, method, performance, List.of(userName(user)), today));
        } catch (UndisplayableCharacterException e) {
            throw unprintable(e);
        }
        long documentId = records.insertDocument(caseId, "AGREEMENT", "人民调解协议书" + c.caseNumber() + ".pdf",
                "application/pdf", pdf, user, now);
        return new RecordedAgreement(agreementId, documentId);
    }

    /** A party as the agreement prints it: everything recorded, in full (the parties sign this document). */
    static AgreementDocument.Party printed(RegisteredParty registered, LocalDate on) {
        CaseParty p = registered.party();
        PartyParticulars d = registered.particulars();
        String role = p.role() == PartyRole.APPLICANT ? AgreementDocument.ROLE_APPLICANT
                : AgreementDocument.ROLE_RESPONDENT;
        if (d.organization()) {
            return AgreementDocument.Party.organization(role, p.name(), d.address(),
                    d.representativeTitle() == null ? null : d.representativeTitle().label(), d.representative(),
                    p.phone());
        }
        return AgreementDocument.Party.person(role, p.name(), d.sex() == null ? null : d.sex().label(), d.ageOn(on),
                Ethnicity.name(d.ethnicity()).orElse(null), d.occupation(), d.workUnit(), d.address(), p.idNumber(),
                p.phone());
    }

    /**
     * The agreement would print a box instead of a character the embedded font lacks (an emoji, a rare character):
     * the mediator is asked to write it otherwise, on the form, and nothing is recorded.
     */
    static MediationInputException unprintable(UndisplayableCharacterException e) {
        String field = e.field();
        String where = field.startsWith("parties[") ? "当事人基本情况"
                : field.startsWith("agreedTerms[") ? "协议内容"
                : field.equals("disputeFacts") ? "纠纷事实"
                : field.equals("disputedPointsAndResponsibility") ? "争议事项及责任"
                : field.equals("performanceMethod") ? "履行方式"
                : field.startsWith("mediatorNames[") ? "调解员姓名"
                : "协议书内容";
        return new MediationInputException(where + "中的字符“" + e.character() + "”无法印入调解协议书，请改用其他写法");
    }

    /**
     * No agreement, withdrawal, or a referral taken over: the outcome (for no agreement with the guidance to other
     * routes, for a referral where it went).
     *
     * @return whether a court, petition office or police station referred the case (it gets the result)
     */
    @Transactional
    public boolean recordEndOfMediation(long caseId, MediationOutcome outcome, String notes) {
        statuses.recordOutcome(caseId, outcome, outcome == MediationOutcome.REFERRED && notes == null
                ? referrals.conclusionNote(caseId) : notes);
        return outcome == MediationOutcome.NO_AGREEMENT && find(caseId).channel().isReferral();
    }

    /** 调解结果告知: the referring court, petition office or police station was told the result. */
    @Transactional
    public void recordReferralNotice(long caseId, String method, String notes) {
        if (text(method) == null) {
            throw new MediationInputException(DisputeCaseVariables.NOTICE_METHOD, "请选择告知方式");
        }
        CaseFile c = find(caseId);
        statuses.note(caseId, "已向移送单位（" + c.channel().label() + "，移送编号" + c.referralReference()
                + "）告知调解结果：调解不成，当事人已被告知其他解决途径。告知方式：" + method
                + (text(notes) == null ? "" : "；" + notes.strip()));
    }

    // ------------------------------------------------------------------ judicial confirmation

    @Transactional
    public void recordJudicialConfirmation(long caseId, long agreementId, boolean applied, LocalDate appliedOn,
                                           String notes) {
        agreementOf(caseId, agreementId);
        if (applied) {
            if (appliedOn == null) {
                throw new MediationInputException(DisputeCaseVariables.JUDICIAL_CONFIRMATION_DATE, "请填写申请司法确认的日期");
            }
            records.recordJudicialConfirmation(agreementId, appliedOn);
            statuses.note(caseId, "双方当事人已于" + appliedOn + "向人民法院共同申请司法确认"
                    + (text(notes) == null ? "" : "：" + notes.strip()));
        } else {
            statuses.note(caseId, "当事人决定不申请司法确认" + (text(notes) == null ? "" : "：" + notes.strip()));
        }
    }

    @Transactional
    public void remindJudicialConfirmation(long caseId, String processInstanceId) {
        LocalDate end = judicialConfirmationWindowEnd(caseId);
        String message = "调解协议生效后三十日内可共同申请司法确认，期限至" + end + "，请提醒双方当事人。";
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("recordJudicialConfirmation").list()) {
            tasks.setPriority(task.getId(), Math.min(100, task.getPriority() + 20));
            tasks.createComment(task.getId(), processInstanceId, message);
        }
        statuses.note(caseId, "司法确认提醒：" + message);
    }

    @Transactional
    public void judicialConfirmationLapsed(long caseId) {
        statuses.note(caseId, "调解协议生效已满三十日，当事人未申请司法确认");
    }

    /** The agreement, if it is this case's (ids come from process variables: never act on another case's). */
    private MediationRecords.Agreement agreementOf(long caseId, long agreementId) {
        return records.findAgreement(agreementId).filter(a -> a.caseId() == caseId)
                .orElseThrow(() -> new IllegalStateException("agreement " + agreementId + " is not of case " + caseId));
    }

    private LocalDate judicialConfirmationWindowEnd(long caseId) {
        List<MediationRecords.Agreement> agreements = records.findAgreements(caseId);
        return agreements.isEmpty() ? CaseTime.today()
                : agreements.get(agreements.size() - 1).effectiveDate().plusDays(30);
    }

    // ------------------------------------------------------------------ follow-up visits

    /** Plans the visits (7 and 30 days by default, and the performance deadline): their ids in due order. */
    @Transactional
    public List<Long> planFollowUps(long caseId, long agreementId) {
        MediationRecords.Agreement agreement = agreementOf(caseId, agreementId);
        records.deleteOpenFollowUps(caseId);
        TreeMap<LocalDate, String> plan = new TreeMap<>();
        for (int days : followUpDays) {
            plan.putIfAbsent(agreement.effectiveDate().plusDays(days), "DAY_" + days);
        }
        if (agreement.performanceDeadline() != null) {
            plan.putIfAbsent(agreement.performanceDeadline(), "PERFORMANCE_DEADLINE");
        }
        plan.forEach((due, kind) -> records.insertFollowUp(caseId, agreementId, due, kind));
        statuses.note(caseId, "安排回访：" + String.join("、", plan.keySet().stream().map(LocalDate::toString).toList()));
        return records.findFollowUpIdsOfAgreement(agreementId);
    }

    @Transactional
    public FollowUpResult recordVisit(long caseId, long followUpId, Object result, String notes) {
        FollowUpResult value;
        try {
            value = FollowUpResult.valueOf(String.valueOf(result));
        } catch (IllegalArgumentException e) {
            throw new MediationInputException(DisputeCaseVariables.FOLLOW_UP_RESULT, "请选择回访结果");
        }
        if (text(notes) == null) {
            throw new MediationInputException(DisputeCaseVariables.FOLLOW_UP_NOTES, "请填写回访情况");
        }
        MediationRecords.FollowUp visit = records.findFollowUp(followUpId).filter(v -> v.caseId() == caseId)
                .orElseThrow(() -> new IllegalStateException("follow-up " + followUpId + " is not of case " + caseId));
        records.recordVisit(followUpId, value.name(), CaseTime.now(), statuses.currentUser(), limit(notes.strip(), 4000));
        statuses.note(caseId, "回访（" + visit.dueDate() + "）：" + value.label() + "。" + notes.strip()
                + (value == FollowUpResult.BREACH ? "\n" + LITIGATION_GUIDANCE : ""));
        return value;
    }

    /**
     * A visit found the dispute rebounding (反弹): mediation reopens with the risk reassessed by the risk DMN
     * (with one more rebound) and at least one level higher, a new one-month deadline, and a
     * {@link CaseRiskRaisedEvent}.
     */
    @Transactional
    public Reassessment reopenAfterRebound(long caseId) {
        CaseFile c = find(caseId);
        records.deleteOpenFollowUps(caseId);
        Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
        indicators.addAll(cases.findIndicators(caseId));
        if (!indicators.contains(RiskIndicator.REBOUND)) {
            cases.insertIndicators(caseId, EnumSet.of(RiskIndicator.REBOUND));
            indicators.add(RiskIndicator.REBOUND);
        }
        int rebounds = records.countVisits(caseId, FollowUpResult.REBOUND.name());
        RiskResult assessed = riskAssessment.assess(new RiskFacts(c.category(), indicators,
                c.peopleInvolved() == null ? 2 : c.peopleInvolved(), c.amountInvolved(), rebounds,
                sensitivePeriods.isSensitive(CaseTime.today())));
        RiskLevel oneUp = RiskLevel.values()[Math.min(RiskLevel.values().length - 1, c.riskLevel().ordinal() + 1)];
        RiskLevel level = assessed.riskLevel().ordinal() > oneUp.ordinal() ? assessed.riskLevel() : oneUp;
        boolean warning = assessed.earlyWarning() || c.earlyWarning();
        LocalDate deadline = CaseTime.today().plusDays(30);
        cases.updateRisk(caseId, level.name(), warning);
        cases.updateDeadline(caseId, deadline);
        String reason = "回访发现纠纷反弹（第" + rebounds + "次），重新调解";
        statuses.change(caseId, CaseStatus.REOPENED, reason + "；风险等级" + c.riskLevel().label() + " → " + level.label()
                + (warning ? "，预警" : "") + "；调解期限至" + deadline);
        events.publishEvent(new CaseRiskRaisedEvent(caseId, c.riskLevel().name(), level.name(), warning, reason));
        return new Reassessment(level, warning, deadline);
    }

    // ------------------------------------------------------------------ closure

    /** 结案归档: planned visits that will not happen are dropped; status CLOSED; CaseEndedEvent. */
    @Transactional
    public void close(long caseId) {
        records.deleteOpenFollowUps(caseId);
        CaseFile c = find(caseId);
        String outcome = c.outcome() == null ? "" : MediationOutcome.valueOf(c.outcome()).label();
        statuses.close(caseId, "结案归档（" + outcome + "）：卷宗含调解记录" + records.findSessions(caseId).size() + "份、回访记录"
                + records.findFollowUps(caseId).size() + "份、文书" + records.findDocuments(caseId).size() + "份");
    }

    // ------------------------------------------------------------------ helpers

    private String userName(String userId) {
        try {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user != null) {
                String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                        + (user.getLastName() == null ? "" : user.getLastName())).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (RuntimeException e) {
            // a user without READ on users: the login is printed instead
        }
        return userId;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
