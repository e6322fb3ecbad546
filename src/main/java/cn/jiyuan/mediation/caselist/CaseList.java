package cn.jiyuan.mediation.caselist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/** The cases a user may see (我的案件 / 本调委会案件), a page at a time, with their stage and deadline. */
@Service
public class CaseList {

    /**
     * A case of the list. {@code parties} are masked unless {@code fullAccess}; {@code daysLeft} null once ended;
     * {@code mediators} the names of who mediated it so far (who recorded a session, an agreement or the outcome).
     */
    public record Item(long caseId, String caseNumber, String stage, boolean inProgress, String statusName,
                       String committeeName, String categoryName, LocalDate registeredOn, String registeredBy,
                       String registeredByName, LocalDate deadline, Long daysLeft, String deadlineText,
                       List<String> parties, List<String> mediators, boolean fullAccess, boolean registeredByMe,
                       String href) {

        /** The mediators as one line (张丽、李强), or 尚未调解. */
        public String mediatorsText() {
            return mediators.isEmpty() ? "尚未调解" : String.join("、", mediators);
        }
    }

    /** A page of the list; {@code total} counts every match. */
    public record Page(long total, int page, int size, List<Item> items) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    private final CaseListRepository list;
    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final CaseAccessPolicy access;
    private final org.camunda.bpm.engine.IdentityService identity;

    public CaseList(CaseListRepository list, CaseRepository cases, OrganizationRepository registry,
                    CaseAccessPolicy access, org.camunda.bpm.engine.IdentityService identity) {
        this.list = list;
        this.cases = cases;
        this.registry = registry;
        this.access = access;
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public Page search(AuthenticatedUser user, CaseSearch search) {
        CaseScope scope = CaseScope.of(user, registry);
        List<Item> items = new ArrayList<>();
        for (CaseListRepository.Row row : list.find(scope, search)) {
            // the policy has the last word: the scope's SQL can only narrow what it allows
            cases.findById(row.id()).filter(c -> access.mayRead(user, c))
                    .ifPresent(c -> items.add(item(user, c, row.sessions(), row.openVisits())));
        }
        return new Page(list.count(scope, search), search.page(), search.size(), items);
    }

    /** The case the user registered with an intake process, as the registrar sees it right after submitting. */
    @Transactional(readOnly = true)
    public Optional<Item> registeredBy(AuthenticatedUser user, long caseId) {
        return cases.findById(caseId).filter(c -> user.userId().equals(c.createdBy()))
                .filter(c -> access.mayRead(user, c)).map(c -> item(user, c, 0, 0));
    }

    Item item(AuthenticatedUser user, CaseFile c, int sessions, int openVisits) {
        boolean full = access.mayReadPersonalData(user, c);
        CaseStage stage = CaseStage.of(c.status(), sessions, openVisits);
        Long daysLeft = stage.inProgress() && c.deadline() != null
                ? ChronoUnit.DAYS.between(CaseTime.today(), c.deadline()) : null;
        List<String> parties = cases.findParties(c.id()).stream().map(p -> party(p, full)).toList();
        return new Item(c.id(), c.caseNumber(), CaseStage.describe(c.status(), sessions, openVisits),
                stage.inProgress(), statusName(c.status()), committeeName(c.committeeCode()), c.category().label(),
                c.createdAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate(), c.createdBy(), personName(c.createdBy()),
                c.deadline(), daysLeft, deadlineText(daysLeft), parties,
                list.mediators(c.id()).stream().map(this::personName).toList(), full,
                user.userId().equals(c.createdBy()), "/cases/" + c.id());
    }

    /**
     * Whom a login names, in words: the registry's person (张丽), else the platform user's name (surname first, as
     * Chinese names are written), else 已注销的用户 — a login id (racer3, admin) means nothing to a mediator.
     */
    String personName(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        if (IntakeChannel.ONLINE_APPLICANT.equals(login)) {
            return IntakeChannel.ONLINE_APPLICANT_NAME;
        }
        return registry.findPersonByLogin(login).map(cn.jiyuan.mediation.organization.Person::name)
                .or(() -> Optional.ofNullable(identity.createUserQuery().userId(login).singleResult())
                        .map(u -> (nullToEmpty(u.getLastName()) + nullToEmpty(u.getFirstName())).strip())
                        .filter(name -> !name.isEmpty()))
                .orElse("已注销的用户");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    String committeeName(String code) {
        return registry.findCommittee(code).map(Committee::name).orElse(code);
    }

    static String deadlineText(Long daysLeft) {
        if (daysLeft == null) {
            return "—";
        }
        return daysLeft > 0 ? "还有" + daysLeft + "日" : daysLeft == 0 ? "今日届满" : "已超期" + (-daysLeft) + "日";
    }

    static String statusName(String status) {
        for (cn.jiyuan.mediation.cases.CaseStatus s : cn.jiyuan.mediation.cases.CaseStatus.values()) {
            if (s.name().equals(status)) {
                return s.label();
            }
        }
        return status;
    }

    private static String party(CaseParty p, boolean full) {
        String name = full ? p.name() : PersonalDataMasking.name(p.name());
        String phone = p.phone() == null ? null : full ? p.phone() : PersonalDataMasking.phone(p.phone());
        return p.role().label() + " " + name + (phone == null ? "" : "（" + phone + "）");
    }
}
