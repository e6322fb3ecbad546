package cn.jiyuan.mediation.online;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.audit.PublicAccessAudit;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * Where a case stands, for whoever knows its number and its applicant's phone (any case, not only online ones):
 * the stage in plain words, the committee handling it with its public phone, and the next appointment if one is
 * recorded — nothing else: no party, no note, no date of the file. A wrong phone and an unknown number get the same
 * answer after the same time ({@code mediation.public.status.min-answer-time}, every answer takes at least that
 * long), and both count against the number ({@link PublicLimits#lookupFailed}).
 */
@Service
public class ApplicationStatusLookup {

    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final OnlineApplicationRepository applications;
    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final PublicLimits limits;
    private final Duration minAnswerTime;
    private final PublicAccessAudit audit;

    public ApplicationStatusLookup(OnlineApplicationRepository applications, CaseRepository cases,
                                   OrganizationRepository registry, PublicLimits limits, PublicSettings settings,
                                   PublicAccessAudit audit) {
        this.applications = applications;
        this.cases = cases;
        this.registry = registry;
        this.limits = limits;
        this.minAnswerTime = settings.getStatus().getMinAnswerTime();
        this.audit = audit;
    }

    /** What the applicant reads. {@code nextAppointment} is null when none is recorded. */
    public record PublicCaseStatus(String caseNumber, String stage, String explanation, String committeeName,
                                   String committeePhone, NextAppointment nextAppointment) {
    }

    public record NextAppointment(String at, String place) {
    }

    /**
     * @return the case's state, or empty when the number is unknown or the phone is not its applicant's (alike)
     * @throws TooManyRequestsException over a limit
     */
    public Optional<PublicCaseStatus> find(String typedCaseNumber, String typedPhone, String address) {
        long started = System.nanoTime();
        String caseNumber = normalizedCaseNumber(typedCaseNumber);
        String phone = PhoneDigits.of(typedPhone);
        limits.lookup(address, phone, caseNumber);
        Optional<PublicCaseStatus> found = Optional.empty();
        try {
            Optional<CaseFile> c = matchingCase(caseNumber, phone).flatMap(cases::findById);
            found = c.map(this::status);
            c.ifPresent(shown -> audit.read(shown.id(), shown.caseNumber(), address));
            return found;
        } finally {
            if (found.isEmpty()) {
                limits.lookupFailed(caseNumber);
            }
            padTo(started);
        }
    }

    /** The case whose applicant has this phone; every applicant is compared, in constant time per phone. */
    private Optional<Long> matchingCase(String caseNumber, String phone) {
        Long match = null;
        byte[] given = phone.getBytes(StandardCharsets.US_ASCII);
        for (OnlineApplicationRepository.Applicant a : applications.applicants(caseNumber)) {
            boolean same = MessageDigest.isEqual(given, PhoneDigits.of(a.phone()).getBytes(StandardCharsets.US_ASCII));
            if (same && !phone.isEmpty()) {
                match = a.caseId();
            }
        }
        return Optional.ofNullable(match);
    }

    private PublicCaseStatus status(CaseFile c) {
        Stage stage = Stage.of(c.status(), applications.sessions(c.id()));
        Optional<Committee> committee = registry.findCommittee(c.committeeCode());
        NextAppointment next = stage.inProgress ? applications.nextAppointment(c.id(), CaseTime.now())
                .map(a -> new NextAppointment(a.at().atZoneSameInstant(CaseTime.ZONE).format(APPOINTMENT), a.place()))
                .orElse(null) : null;
        // once the committee has called and agreed a time, "we will call you" is no longer true
        String explanation = stage == Stage.RECEIVED && next != null ? "调委会已与您联系并约定了调解时间，请按时参加。"
                : stage.explanation;
        return new PublicCaseStatus(c.caseNumber(), stage.label, explanation,
                committee.map(Committee::name).orElse("人民调解委员会"),
                registry.findPublicPhone(c.committeeCode()).orElse(null), next);
    }

    /** Every answer, found or not, takes at least the configured time: the time tells nothing either. */
    private void padTo(long started) {
        long left = minAnswerTime.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A case number as typed: spaces dropped, ASCII brackets as the full-width ones case numbers have. */
    static String normalizedCaseNumber(String typed) {
        if (typed == null) {
            return "";
        }
        String number = typed.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）');
        return number.length() > 100 ? number.substring(0, 100) : number;
    }

    /** The stage in the applicant's words (the staff's 我的案件 has its own, CaseStage). */
    enum Stage {
        RECEIVED("已受理", "调委会已收到您的申请，工作人员会在一个工作日内通过电话与您联系，请保持电话畅通。", true),
        MEDIATING("调解中", "调解员正在组织双方调解，请按约定的时间参加。", true),
        AGREED("已达成协议", "双方已达成调解协议，请按协议履行；调委会将进行回访。", true),
        NO_AGREEMENT("调解未达成协议", "调解没有达成协议。您可以依法通过仲裁、行政或者向人民法院起诉等途径维护自己的权利。", false),
        REFUSED("调解终止", "有当事人不同意调解，依法不能进行调解。您可以依法通过仲裁、行政或者向人民法院起诉等途径维护自己的权利。",
                false),
        WITHDRAWN("已撤回", "调解申请已撤回。", false),
        REFERRED_OUT("已移送有关部门", "调委会已将您的纠纷移送人民法院、公安机关、信访部门或有关行政机关，正在等待对方答复，请留意调委会的电话。",
                true),
        REFERRED("已移送有关部门处理", "您的纠纷已由接收的部门依法处理，请按该部门的通知办理。", false),
        CLOSED("已结案", "本案已办结。", false);

        private final String label;
        private final String explanation;
        private final boolean inProgress;

        Stage(String label, String explanation, boolean inProgress) {
            this.label = label;
            this.explanation = explanation;
            this.inProgress = inProgress;
        }

        static Stage of(String status, int sessions) {
            CaseStatus s;
            try {
                s = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException | NullPointerException e) {
                return MEDIATING;
            }
            return switch (s) {
                case REGISTERED -> sessions == 0 ? RECEIVED : MEDIATING;
                case DEADLINE_EXTENDED, HANDED_OVER, REOPENED, REFERRAL_RETURNED -> MEDIATING;
                case AGREED -> AGREED;
                case NO_AGREEMENT -> NO_AGREEMENT;
                case REFUSED -> REFUSED;
                case WITHDRAWN -> WITHDRAWN;
                case REFERRED_OUT -> REFERRED_OUT;
                case REFERRED -> REFERRED;
                case CLOSED -> CLOSED;
            };
        }
    }
}
