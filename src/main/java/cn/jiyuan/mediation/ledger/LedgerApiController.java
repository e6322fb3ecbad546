package cn.jiyuan.mediation.ledger;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * {@code GET /api/ledger/cases} (矛盾纠纷台账): the cases the user may read, filtered by {@code from}, {@code to}
 * (registration days, inclusive), {@code townCode}, {@code committeeCode}, {@code category}, {@code channel},
 * {@code status}, {@code riskLevel}, {@code handlingLevel}, {@code overdue}, {@code q}; {@code page} from 0,
 * {@code size} up to 200 (default 50), {@code sort} = createdAt|deadline|caseNumber|riskLevel|status|category|
 * townCode|committeeCode with {@code ,asc} or {@code ,desc} (default createdAt,desc). Answers
 * {@code {total, page, size, items:[…]}} ({@link LedgerItem}).
 */
@RestController
public class LedgerApiController {

    private final CaseLedger ledger;
    private final OrganizationRepository registry;

    public LedgerApiController(CaseLedger ledger, OrganizationRepository registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    @GetMapping(path = "/api/ledger/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    public LedgerPage cases(@RequestParam Map<String, String> parameters,
                            @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return ledger.page(user, LedgerRequest.of(parameters, registry));
    }
}
