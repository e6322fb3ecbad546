package cn.jiyuan.mediation.typicalcase;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.documents.PdfDocuments;
import cn.jiyuan.mediation.documents.UndisplayableCharacterException;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.typicalcase.TypicalCaseRepository.Nomination;

/**
 * Typical cases (典型案例, the notice's 四(四)): a concluded case is nominated with a write-up by someone who handles
 * or supervises it; the platform anonymises the write-up ({@link WriteUpAnonymisation}) and stores only the result,
 * then starts process typical-case — the town's justice office reviews, then the grassroots section; accepted
 * cases are published.
 */
@Service
public class TypicalCases {

    static final String NOT_FOUND = "没有该案件，或无权推荐该案件";
    static final int MAX_OPINION = 1000;

    private final TypicalCaseRepository nominations;
    private final CaseRepository cases;
    private final CaseAccessPolicy access;
    private final OrganizationRepository registry;
    private final RuntimeService runtime;
    private final SystemAuthority system;
    private final JdbcTemplate jdbc;
    private final PdfDocuments documents;

    public TypicalCases(TypicalCaseRepository nominations, CaseRepository cases, CaseAccessPolicy access,
                        OrganizationRepository registry, RuntimeService runtime, SystemAuthority system,
                        JdbcTemplate jdbc, PdfDocuments documents) {
        this.nominations = nominations;
        this.cases = cases;
        this.access = access;
        this.registry = registry;
        this.runtime = runtime;
        this.system = system;
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /**
     * Nominates a case: only a case the user handles or supervises (anyone else gets 404, as if it did not exist),
     * concluded, and not under review or published already; every character printable in the booklet. Stored
     * and started in one transaction. The API and the case page (package caselist) both nominate through here.
     *
     * @param errors what binding the request found already (more are added)
     * @throws cn.jiyuan.mediation.platform.InvalidRequestException naming each bad field
     */
    @Transactional
    public Nomination nominate(AuthenticatedUser user, NominationRequest request, FieldErrors errors) {
        try {
            // the booklet must print every character: refused here, where the writer can correct it
            documents.requireDisplayable(new LinkedHashMap<>(Map.of("title", nullToEmpty(request.title()),
                    "writeUp", nullToEmpty(request.writeUp()))));
        } catch (UndisplayableCharacterException e) {
            errors.add(e.field(), "含有无法打印的字符“" + e.character() + "”，请改用常用汉字");
        }
        Requests.validate(request, errors);
        BigDecimal requested = errors.has("caseId") ? null : request.caseId();
        if (requested == null && !errors.has("caseId")) {
            errors.add("caseId", "请选择推荐的案件");
        }
        CaseFile c = null;
        if (requested != null) {
            c = cases.findById(requested.longValue()).filter(found -> access.mayReadPersonalData(user, found))
                    .orElseThrow(() -> new NotFoundException(NOT_FOUND));
            if (!concluded(c.id())) {
                errors.add("caseId", "只有已办结的案件才能推荐为典型案例");
            } else if (nominations.hasActiveNomination(c.id())) {
                errors.add("caseId", "该案件已被推荐为典型案例（审核中或已发布）");
            }
        }
        errors.throwIfAny();
        List<String> names = nominations.partyNames(c.id());
        long id = nominations.insert(c.id(), c.caseNumber(), c.townCode(), c.committeeCode(), c.category().name(),
                WriteUpAnonymisation.anonymise(request.title(), names),
                WriteUpAnonymisation.anonymise(request.writeUp(), names), user.userId(), CaseTime.now());
        Map<String, Object> variables = new HashMap<>();
        variables.put(TypicalCaseVariables.TYPICAL_CASE_ID, id);
        variables.put(TypicalCaseVariables.TOWN_CODE, c.townCode());
        variables.put(TypicalCaseVariables.JUSTICE_OFFICE_GROUP, "justice-office-" + c.townCode());
        // the user's right to nominate was checked above; nobody may start this process through the engine's API
        String instance = system.call(() -> runtime.startProcessInstanceByKey(TypicalCaseVariables.PROCESS_KEY,
                String.valueOf(id), variables).getId());
        nominations.setProcessInstanceId(id, instance);
        return nominations.find(id).orElseThrow();
    }

    /** The case's latest nomination, if it was ever nominated (the case page shows where it stands). */
    public Optional<Nomination> latestOfCase(long caseId) {
        return nominations.latestOfCase(caseId);
    }

    /** Whether the case may be nominated now: concluded and without a nomination under review or published. */
    public boolean mayBeNominated(long caseId) {
        return concluded(caseId) && !nominations.hasActiveNomination(caseId);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Concluded (办结): an agreement, no agreement, withdrawn or refused, and not reopened since. */
    private boolean concluded(long caseId) {
        String conclusion = jdbc.queryForObject("select conclusion from case_file where id = ?", String.class, caseId);
        return conclusion != null;
    }

    /**
     * A review's decision and opinion (司法所审核 or 基层科审核). A return needs its reason.
     *
     * @throws TypicalCaseReviewRejected naming the field, so that the task stays open
     */
    public void recordReview(long id, String stage, String decision, String opinion, String by) {
        if (!TypicalCaseVariables.ACCEPT.equals(decision) && !TypicalCaseVariables.RETURN.equals(decision)) {
            throw new TypicalCaseReviewRejected("请选择审核意见：同意推荐或退回", TypicalCaseVariables.REVIEW_DECISION);
        }
        String text = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if (TypicalCaseVariables.RETURN.equals(decision) && text == null) {
            throw new TypicalCaseReviewRejected("退回的，请在审核意见说明中写明退回理由", TypicalCaseVariables.REVIEW_OPINION);
        }
        if (text != null && text.length() > MAX_OPINION) {
            throw new TypicalCaseReviewRejected("审核意见说明不能超过" + MAX_OPINION + "个字", TypicalCaseVariables.REVIEW_OPINION);
        }
        boolean accepted = TypicalCaseVariables.ACCEPT.equals(decision);
        if (TypicalCaseVariables.OFFICE_REVIEW.equals(stage)) {
            nominations.recordOfficeReview(id, accepted, text, by, CaseTime.now());
        } else {
            nominations.recordSectionReview(id, text, by, CaseTime.now());
        }
    }

    /** 发布典型案例. */
    public void publish(long id) {
        nominations.publish(id, CaseTime.now());
    }

    /** 退回推荐. */
    public void markReturned(long id) {
        nominations.markReturned(id);
    }

    /**
     * A nomination as its reader may see it: whoever nominated it, the justice office of its town, the grassroots
     * section, the city centre and administrators; anyone else gets nothing (404).
     */
    public Optional<Nomination> readable(AuthenticatedUser user, long id) {
        return nominations.find(id).filter(n -> mayFollow(user, n));
    }

    /** The nominations the user may follow: own ones and, for a justice office, its towns; the city for the rest. */
    public List<Nomination> followed(AuthenticatedUser user) {
        if (citywide(user)) {
            return nominations.nominations(null, user.userId());
        }
        List<String> towns = registry.findOffices().stream().filter(o -> user.isMemberOf(o.groupId()))
                .map(JusticeOffice::townCode).toList();
        return nominations.nominations(towns, user.userId());
    }

    private boolean mayFollow(AuthenticatedUser user, Nomination n) {
        return citywide(user) || user.userId().equals(n.nominatedBy()) || registry.findOfficeOfTown(n.townCode())
                .map(JusticeOffice::groupId).filter(user::isMemberOf).isPresent();
    }

    private static boolean citywide(AuthenticatedUser user) {
        return user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())
                || user.isMemberOf(cn.jiyuan.mediation.organization.Committee.CITY_CENTER_GROUP);
    }
}
