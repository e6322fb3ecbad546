package cn.jiyuan.mediation.ledger;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.web.SpreadsheetDownload;
import jakarta.servlet.http.HttpServletResponse;

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
    private final CaseLedgerWorkbook workbook;
    private final OrganizationRepository registry;

    public LedgerApiController(CaseLedger ledger, CaseLedgerWorkbook workbook, OrganizationRepository registry) {
        this.ledger = ledger;
        this.workbook = workbook;
        this.registry = registry;
    }

    /**
     * JSON by default; with {@code format=xlsx} (or an {@code Accept} preferring the xlsx type) every matching row as
     * an Excel workbook, parties masked ({@link CaseLedgerWorkbook}). No {@code produces}: an xlsx Accept must reach
     * this method rather than be refused with 406.
     */
    @GetMapping(path = "/api/ledger/cases")
    public ResponseEntity<LedgerPage> cases(@RequestParam Map<String, String> parameters,
                                            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                            @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                            HttpServletResponse response) throws IOException {
        if (SpreadsheetDownload.wanted(parameters.get(SpreadsheetDownload.FORMAT), accept)) {
            workbook.send(response, user, LedgerRequest.filterOf(parameters, registry),
                    LedgerRequest.sortOf(parameters.get("sort")));
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(ledger.page(user, LedgerRequest.of(parameters, registry)));
    }
}
