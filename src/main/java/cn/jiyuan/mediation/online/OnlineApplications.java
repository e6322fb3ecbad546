package cn.jiyuan.mediation.online;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.audit.PublicAccessAudit;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.intake.CaseIntakeRequest;
import cn.jiyuan.mediation.intake.CaseIntakeResult;
import cn.jiyuan.mediation.intake.CaseIntakeService;
import cn.jiyuan.mediation.intake.CaseIntakeValidation;
import cn.jiyuan.mediation.intake.RequestFingerprint;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

/**
 * A citizen's application from the page 掌上调解 becomes a case exactly as a registrar's intake does: the same
 * validation ({@link CaseIntakeValidation}), risk assessment, triage, case number and start of dispute-case
 * ({@link CaseIntakeService}), with channel ONLINE and {@link IntakeChannel#ONLINE_APPLICANT} as the registrar. Before
 * that: the address's rate limit, the request's own checks, the proof of work, the phone's rate limit. The same
 * application again within {@code mediation.public.applications.duplicate-window} (a day) is the first one: its case
 * number is answered and nothing is registered — intake's own idempotency, keyed by the day and the application's
 * fingerprint, so that two identical requests at the same moment are one case too.
 */
@Service
public class OnlineApplications {

    /** The version of the 个人信息处理告知 the page shows; an application that agreed to another is refused. */
    public static final String PRIVACY_NOTICE_VERSION = "2026-12";

    private final CaseIntakeValidation validation;
    private final CaseIntakeService intake;
    private final CaseRepository cases;
    private final ProofOfWork proofOfWork;
    private final PublicLimits limits;
    private final OnlineApplicationRepository applications;
    private final ApplicantContacts contacts;
    private final Duration duplicateWindow;
    private final PublicAccessAudit audit;

    public OnlineApplications(CaseIntakeValidation validation, CaseIntakeService intake, CaseRepository cases,
                              ProofOfWork proofOfWork, PublicLimits limits, OnlineApplicationRepository applications,
                              ApplicantContacts contacts, PublicSettings settings, PublicAccessAudit audit) {
        this.validation = validation;
        this.intake = intake;
        this.cases = cases;
        this.proofOfWork = proofOfWork;
        this.limits = limits;
        this.applications = applications;
        this.contacts = contacts;
        this.duplicateWindow = settings.getApplications().getDuplicateWindow();
        this.audit = audit;
    }

    /** What the applicant is told: the case number, who handles it, by when they will call; merged: applied before. */
    public record Submitted(String caseNumber, String committeeName, String contactBy, boolean merged) {
    }

    /**
     * @param address the client's address (rate limit)
     * @throws PublicInvalidException naming every bad field (this request's fields, in Chinese)
     * @throws ChallengeRefusedException without a valid, unused proof of work
     * @throws TooManyRequestsException over a limit
     */
    public Submitted apply(JsonNode body, String address) {
        limits.applicationFrom(address);
        PublicApplicationCommand command = read(body);
        CaseIntakeRequest request;
        try {
            request = validation.validate(command.intakeCommand());
        } catch (InvalidRequestException e) {
            throw new PublicInvalidException(PublicApplicationCommand.ownFields(e.errors()));
        }
        ProofOfWork.Solution solution = proofOfWork.check(command.challenge(), command.nonce());
        limits.applicationBy(command.applicantPhone());

        String fingerprint = RequestFingerprint.of(request);
        LocalDate today = CaseTime.today();
        Optional<CaseIntakeResult> earlier = earlier(fingerprint, today);
        proofOfWork.spend(solution);
        // the same application again (of the day, or a double tap at the same moment) is answered as the first
        CaseIntakeResult result = earlier.orElseGet(() -> intake.submit(request, IntakeChannel.ONLINE_APPLICANT,
                key(today, fingerprint)));
        CaseFile registered = cases.findById(result.caseId()).orElseThrow();
        boolean first = applications.recordApplication(result.caseId(), command.privacyNoticeVersion(),
                registered.createdAt());
        boolean merged = earlier.isPresent() || !first;
        audit.applied(result.caseId(), result.caseNumber(), address, merged ? 200 : 201);
        return new Submitted(result.caseNumber(), result.committeeName(),
                CaseTime.shownDay(contacts.contactDue(registered)), merged);
    }

    private static PublicApplicationCommand read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        PublicApplicationCommand command;
        try {
            command = Requests.bind(body, PublicApplicationCommand.class, errors);
        } catch (InvalidRequestException e) {
            throw new PublicInvalidException(e.errors());
        }
        Requests.validate(command, errors);
        if (command != null && command.privacyNoticeVersion() != null
                && !PRIVACY_NOTICE_VERSION.equals(command.privacyNoticeVersion()) && !errors.has("privacyNoticeVersion")) {
            errors.add("privacyNoticeVersion", "个人信息处理告知已更新，请刷新页面、阅读后重新提交");
        }
        errors.sort(Requests.order(PublicApplicationCommand.class));
        if (!errors.list().isEmpty()) {
            throw new PublicInvalidException(errors.list());
        }
        return command;
    }

    /** The same application registered on one of the days before, within the window, if there is one. */
    private Optional<CaseIntakeResult> earlier(String fingerprint, LocalDate today) {
        OffsetDateTime since = CaseTime.now().minus(duplicateWindow);
        long days = Math.max(0, (duplicateWindow.toHours() + 23) / 24);
        for (long back = 1; back <= days; back++) {
            Optional<CaseIntakeResult> answered = intake.answered(IntakeChannel.ONLINE_APPLICANT,
                    key(today.minusDays(back), fingerprint));
            if (answered.isPresent() && cases.findById(answered.get().caseId())
                    .filter(c -> c.createdAt().isAfter(since)).isPresent()) {
                return answered;
            }
        }
        return Optional.empty();
    }

    /** Intake's idempotency key of an application: its day and its fingerprint. */
    static String key(LocalDate day, String fingerprint) {
        return "online:" + day + ":" + fingerprint;
    }
}
