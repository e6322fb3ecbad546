package cn.jiyuan.mediation.referral;

import static cn.jiyuan.mediation.referral.CaseReferralVariables.ANSWER;
import static cn.jiyuan.mediation.referral.CaseReferralVariables.CONTACT;
import static cn.jiyuan.mediation.referral.CaseReferralVariables.KIND;
import static cn.jiyuan.mediation.referral.CaseReferralVariables.REASON;
import static cn.jiyuan.mediation.referral.CaseReferralVariables.RESULT;
import static cn.jiyuan.mediation.referral.CaseReferralVariables.SUPERVISION_OPINION;
import static cn.jiyuan.mediation.referral.CaseReferralVariables.UNIT_REFERENCE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.CaseStatusService;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.earlywarning.MailDispatcher;
import cn.jiyuan.mediation.earlywarning.MailIdentity;
import cn.jiyuan.mediation.earlywarning.MailKind;
import cn.jiyuan.mediation.earlywarning.MailTemplates;
import cn.jiyuan.mediation.earlywarning.Recipient;
import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.organization.Contact;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.referral.ReferralRepository.NewReferral;
import cn.jiyuan.mediation.referral.ReferralRepository.Referral;

/**
 * 三调联动 from the committee's side (the notice's 二 and 三(四)): a committee refers a case it should not or cannot
 * mediate to a court (诉调对接), the police (警调对接), a petition office (访调对接) or a government department (行政调解)
 * of the registry; a letter (人民调解案件移送函, PDF) goes into the case file and, by an asynchronous job, once to the
 * receiving unit's e-mail; the case waits for the answer, which the committee records: taken over (the case's
 * people's mediation ends) or returned and declined (its mediation goes on, with a new deadline). An answer late is
 * reminded, then supervised by the justice office. Called by dispute-case's mediate task and the delegates of
 * processes/case-referral.bpmn; every method runs in the engine's transaction.
 */
@Service
public class CaseReferrals {

    static final int MAX_REASON = 2000;
    static final int MAX_RESULT = 2000;
    static final int MAX_REFERENCE = 100;
    static final String ANSWER_TASK = "awaitAnswer";

    /** The form's referral, checked: the receiving unit of the registry and the reason. */
    public record Checked(ReferralKind kind, Contact unit, String reason) {
    }

    /** A recorded answer; {@code newDeadline} is the mediation's new deadline when the case came back, else null. */
    public record Answer(ReferralOutcome outcome, LocalDate newDeadline) {
    }

    private final ReferralRepository referrals;
    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final OrganizationRepository registry;
    private final ReferralSchedule schedule;
    private final ReferralLetter letters;
    private final MailDispatcher mails;
    private final MailTemplates templates;
    private final TaskService tasks;
    private final int mediationDays;

    public CaseReferrals(ReferralRepository referrals, CaseRepository cases, CaseStatusService statuses,
                         OrganizationRepository registry, ReferralSchedule schedule, ReferralLetter letters,
                         MailDispatcher mails, MailTemplates templates, TaskService tasks,
                         @Value("${mediation.referral.returned-mediation-days:30}") int mediationDays) {
        this.referrals = referrals;
        this.cases = cases;
        this.statuses = statuses;
        this.registry = registry;
        this.schedule = schedule;
        this.letters = letters;
        this.mails = mails;
        this.templates = templates;
        this.tasks = tasks;
        this.mediationDays = mediationDays;
    }

    // ------------------------------------------------------------------ referring (the mediate task)

    /**
     * Checks the referral fields of the mediation form (下一步：移送有关部门处理).
     *
     * @throws ReferralInputException naming the field (the task stays open, nothing is recorded)
     */
    public Checked check(Map<String, Object> form) {
        ReferralKind kind = Arrays.stream(ReferralKind.values())
                .filter(k -> k.name().equals(FormValues.text(form.get(KIND)))).findFirst()
                .orElseThrow(() -> new ReferralInputException(KIND, "请选择移送类别（诉调对接、警调对接、访调对接或行政调解）"));
        String code = FormValues.text(form.get(CONTACT));
        if (code == null) {
            throw new ReferralInputException(CONTACT, "请选择接收单位");
        }
        Contact unit = registry.findContact(code).filter(c -> c.organization() == kind.organization())
                .orElseThrow(() -> new ReferralInputException(CONTACT, "接收单位与移送类别不符，请从列表中选择" + kind.receiver()));
        if (unit.email() == null || unit.email().isBlank()) {
            throw new ReferralInputException(CONTACT, unit.name() + "在组织名册中没有电子邮箱，无法发送移送函，请联系系统管理员补录");
        }
        String reason = FormValues.text(form.get(REASON));
        if (reason == null) {
            throw new ReferralInputException(REASON, "请填写移送理由");
        }
        if (reason.length() > MAX_REASON) {
            throw new ReferralInputException(REASON, "移送理由不能超过" + MAX_REASON + "个字");
        }
        return new Checked(kind, unit, reason.strip());
    }

    /**
     * Refers the case: the referral, its letter in the case file, the case waiting (status REFERRED_OUT, its deadline
     * the answer's due date). The e-mail follows in the referral process's own job.
     *
     * @return the referral's id
     */
    @Transactional
    public long refer(long caseId, Map<String, Object> form) {
        Checked checked = check(form);
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        if (referrals.findOfCase(caseId).stream().anyMatch(r -> !r.answered())) {
            throw new ReferralInputException(KIND, "本案已移送，正在等待接收单位回复");
        }
        OffsetDateTime now = CaseTime.now();
        LocalDate today = CaseTime.today();
        String by = statuses.currentUser();
        LocalDate replyDue = schedule.replyDueFor(today);
        long id = referrals.insert(new NewReferral(caseId, checked.kind(), checked.unit().code(), checked.unit().name(),
                checked.unit().email().strip(), checked.reason(), now, by, replyDue));
        Referral referral = referrals.find(id).orElseThrow();
        byte[] pdf = letters.render(c, referral);
        long document = referrals.insertLetter(caseId, "人民调解案件移送函" + c.caseNumber() + ".pdf", pdf, by, now);
        referrals.attachLetter(id, document);
        referrals.markCase(caseId, checked.kind(), null, now);
        cases.updateDeadline(caseId, replyDue);
        statuses.change(caseId, CaseStatus.REFERRED_OUT, "移送" + checked.unit().name() + "（" + checked.kind().label()
                + "）。移送理由：" + checked.reason() + "\n移送函已制作，将以电子邮件发送接收单位；请其于" + replyDue
                + "前回复，本案办理期限相应调整至该日。");
        return id;
    }

    // ------------------------------------------------------------------ the letter (asynchronous job)

    /** E-mails the letter to the receiving unit, once however often the job runs. */
    @Transactional
    public void sendLetter(long referralId, String processInstanceId) {
        Referral r = find(referralId);
        CaseFile c = cases.findById(r.caseId()).orElseThrow();
        if (r.letterDocumentId() == null) {
            throw new IllegalStateException("referral " + referralId + " has no letter");
        }
        ReferralLetter.Values letter = letters.values(c, r);
        Map<String, Object> v = new HashMap<>();
        v.put("unitName", r.unitName());
        v.put("committeeName", letter.committeeName());
        v.put("kindLabel", r.kind().label());
        v.put("caseNumber", c.caseNumber());
        v.put("categoryLabel", c.category().label());
        v.put("place", letter.place());
        v.put("referredOn", CaseTime.shownDay(java.util.Date.from(r.referredAt().toInstant())));
        v.put("replyDue", CaseTime.shownDay(CaseTime.endOf(r.replyDue())));
        v.put("contactName", letter.contactName());
        v.put("contactPhone", letter.contactPhone());
        String body = templates.render("mail/referral-letter", v);
        String subject = "【人民调解案件移送函】" + c.caseNumber() + "（" + r.kind().label() + "）";
        mails.sendOnce(new MailDispatcher.OutgoingMail(new MailIdentity(r.caseId(), "referral-" + referralId,
                        r.unitEmail()), MailKind.REFERRAL_LETTER, new Recipient(r.unitEmail(), r.unitName()), subject,
                        body, processInstanceId),
                new MailDispatcher.Attachment("人民调解案件移送函" + c.caseNumber() + ".pdf", "application/pdf",
                        referrals.letter(r.letterDocumentId())));
        if (r.letterSentAt() == null) {
            referrals.letterSent(referralId, CaseTime.now());
            // the unit's name: its address is the registry's, and the history reads in Chinese
            statuses.note(r.caseId(), "移送函已通过电子邮件发送至" + r.unitName());
        }
    }

    // ------------------------------------------------------------------ waiting: reminder, supervision

    /** 回复期限届满: the answer task is raised and commented, the case's history notes it. */
    @Transactional
    public void remind(long referralId, String processInstanceId) {
        Referral r = find(referralId);
        String message = "移送回复期限（" + r.replyDue() + "）已过，" + r.unitName() + "尚未回复，请与接收单位联系跟进，收到回复后及时登记。";
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(ANSWER_TASK)
                .list()) {
            tasks.setPriority(task.getId(), Math.min(100, Math.max(task.getPriority(), 70) + 10));
            tasks.createComment(task.getId(), processInstanceId, message);
        }
        referrals.reminded(referralId, CaseTime.now());
        statuses.note(r.caseId(), "移送回复提醒：" + message);
    }

    /** 逾期仍未回复: the justice office of the case's town takes up the supervision. */
    @Transactional
    public void escalated(long referralId) {
        Referral r = find(referralId);
        CaseFile c = cases.findById(r.caseId()).orElseThrow();
        String office = registry.findOfficeOfTown(c.townCode()).map(JusticeOffice::name).orElse("司法所");
        referrals.escalated(referralId, CaseTime.now());
        statuses.note(r.caseId(), "移送" + r.unitName() + "后逾期仍未获回复，转" + office + "督办（三调联动协调）");
    }

    /** 督办移送回复, complete: the justice office's opinion and what it arranged with the receiving unit. */
    @Transactional
    public void recordSupervision(long referralId, Object opinion) {
        String text = FormValues.text(opinion);
        if (text == null) {
            throw new ReferralInputException(SUPERVISION_OPINION, "请填写督办意见");
        }
        if (text.length() > MAX_RESULT) {
            throw new ReferralInputException(SUPERVISION_OPINION, "督办意见不能超过" + MAX_RESULT + "个字");
        }
        statuses.note(find(referralId).caseId(), "司法所督办移送回复：" + text.strip());
    }

    // ------------------------------------------------------------------ the answer

    /**
     * 登记移送回复: the receiving unit's answer. Taken over (ACCEPTED, HANDLED): the case's people's mediation ends;
     * returned or declined: the case goes back to mediation (status REFERRAL_RETURNED) with a new deadline.
     *
     * @throws ReferralInputException naming the field (the task stays open, nothing is recorded)
     */
    @Transactional
    public Answer answer(long referralId, long caseId, Map<String, Object> form) {
        Referral r = find(referralId);
        if (r.caseId() != caseId) {
            // ids come from process variables: never act on another case's referral
            throw new IllegalStateException("referral " + referralId + " is not of case " + caseId);
        }
        ReferralOutcome outcome = Arrays.stream(ReferralOutcome.answers())
                .filter(o -> o.name().equals(FormValues.text(form.get(ANSWER)))).findFirst()
                .orElseThrow(() -> new ReferralInputException(ANSWER, "请选择移送结果"));
        String result = FormValues.text(form.get(RESULT));
        if (result == null) {
            throw new ReferralInputException(RESULT, outcome.concludes() ? "请填写接收单位的受理、处理情况"
                    : "请填写接收单位退回或者不予受理的理由");
        }
        if (result.length() > MAX_RESULT) {
            throw new ReferralInputException(RESULT, "处理情况不能超过" + MAX_RESULT + "个字");
        }
        String reference = FormValues.text(form.get(UNIT_REFERENCE));
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw new ReferralInputException(UNIT_REFERENCE, "受理编号不能超过" + MAX_REFERENCE + "个字");
        }
        OffsetDateTime now = CaseTime.now();
        referrals.answer(referralId, outcome, result.strip(), reference, now, statuses.currentUser());
        referrals.markCase(caseId, r.kind(), outcome, now);
        String note = "移送回复（" + r.unitName() + "，" + r.kind().label() + "）：" + outcome.label()
                + (reference == null ? "" : "，受理编号" + reference) + "。" + result.strip();
        if (outcome.concludes()) {
            statuses.note(caseId, note);
            return new Answer(outcome, null);
        }
        LocalDate deadline = CaseTime.today().plusDays(mediationDays);
        cases.updateDeadline(caseId, deadline);
        statuses.change(caseId, CaseStatus.REFERRAL_RETURNED, note + "\n本案由本委继续调解，调解期限至" + deadline + "。");
        return new Answer(outcome, deadline);
    }

    /** The letter's case_document id. */
    public Long letterDocumentId(long referralId) {
        return find(referralId).letterDocumentId();
    }

    /** Where a case taken over by the unit it was referred to went, for its concluding entry in the history. */
    public String conclusionNote(long caseId) {
        List<Referral> all = referrals.findOfCase(caseId);
        if (all.isEmpty()) {
            return null;
        }
        Referral r = all.get(all.size() - 1);
        return "本案已移送" + r.unitName() + "（" + r.kind().label() + "）" + (r.outcome() == null ? ""
                : "，" + r.outcome().label() + (r.unitReference() == null ? "" : "（受理编号" + r.unitReference() + "）"))
                + "，人民调解终止。";
    }

    Referral find(long referralId) {
        return referrals.find(referralId).orElseThrow(() -> new IllegalStateException("no referral " + referralId));
    }
}
