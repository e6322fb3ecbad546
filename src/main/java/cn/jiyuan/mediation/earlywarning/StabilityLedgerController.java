package cn.jiyuan.mediation.earlywarning;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseReader;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * The stability-risk ledger (专门台账) for supervisors, and the e-mails sent about a case.
 *
 * <ul>
 * <li>{@code GET /api/ledger/stability?townCode=&status=OPEN|CLOSED}: entries with their one-case-one-plan
 * record and e-mails. Administrators and the grassroots section see every town, justice-office staff the
 * towns of their offices; anyone else gets 403.</li>
 * <li>{@code GET /api/cases/{caseId}/mails}: the e-mails sent about a case, for whoever may read the case.</li>
 * </ul>
 */
@RestController
public class StabilityLedgerController {

    /** A ledger entry as answered: the entry, its plan and the e-mails sent about the case. */
    public record LedgerView(long caseId, String caseNumber, String townCode, String townName, String riskLevel,
                             String riskLevelName, String reasons, int warnings, java.time.OffsetDateTime enteredAt,
                             java.time.OffsetDateTime updatedAt, String status, java.time.OffsetDateTime closedAt,
                             String outcome, java.time.OffsetDateTime contingencyRequestedAt,
                             StabilityLedger.Plan plan, List<SentMailRepository.SentMail> mails) {
    }

    private final StabilityLedger ledger;
    private final SentMailRepository mails;
    private final OrganizationRepository registry;

    private final CaseReader caseReader;

    public StabilityLedgerController(StabilityLedger ledger, SentMailRepository mails, OrganizationRepository registry,
                                     CaseReader caseReader) {
        this.ledger = ledger;
        this.mails = mails;
        this.registry = registry;
        this.caseReader = caseReader;
    }

    @GetMapping(path = "/api/ledger/stability", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<LedgerView> ledger(@RequestParam(required = false) String townCode,
                                   @RequestParam(required = false) String status,
                                   @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        StabilityLedger.Status wanted = null;
        if (status != null) {
            try {
                wanted = StabilityLedger.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(List.of(new FieldError("status", "只能是 OPEN 或 CLOSED")));
            }
        }
        List<String> towns = StabilityLedgerReaders.towns(user, registry, townCode);
        return ledger.find(townCode, wanted, towns).stream().map(e -> new LedgerView(e.caseId(), e.caseNumber(),
                e.townCode(), registry.findUnit(e.townCode()).map(u -> u.name()).orElse(null), e.riskLevel(),
                cn.jiyuan.mediation.cases.RiskLevel.valueOf(e.riskLevel()).label(), e.reasons(), e.warnings(),
                e.enteredAt(), e.updatedAt(), e.status(), e.closedAt(), e.outcome(), e.contingencyRequestedAt(),
                e.plan(), mails.findByCase(e.caseId()))).toList();
    }

    @GetMapping(path = "/api/cases/{caseId:[0-9]{1,18}}/mails", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<SentMailRepository.SentMail> mails(@PathVariable long caseId,
                                                   @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        CaseFile c = caseReader.readable(String.valueOf(caseId), user);
        return mails.findByCase(c.id());
    }
}
