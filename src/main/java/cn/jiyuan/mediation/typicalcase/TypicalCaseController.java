package cn.jiyuan.mediation.typicalcase;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.typicalcase.TypicalCaseRepository.Nomination;

/**
 * Typical cases (典型案例):
 * <ul>
 * <li>{@code POST /api/typical-cases/nominations} {@code {caseId, title, writeUp}}: nominates a concluded case the
 * caller handles or supervises (201; 404 for a case one may not nominate; 400 naming each bad field);</li>
 * <li>{@code GET /api/typical-cases/nominations} and {@code /nominations/{id}}: the nominations the caller follows
 * (own ones; a justice office its towns; the grassroots section, the city centre and administrators all);</li>
 * <li>{@code GET /api/typical-cases}: the published list, and {@code GET /api/typical-cases/booklet.pdf} the
 * booklet — for every authenticated user, anonymised texts only.</li>
 * </ul>
 */
@RestController
public class TypicalCaseController {

    /** A nomination as its followers see it (anonymised text; no party data exists in it). */
    public record NominationView(long id, String caseNumber, String townCode, String townName, String category,
                                 String categoryName, String title, String writeUp, String status, String statusName,
                                 String nominatedBy, OffsetDateTime nominatedAt, String officeOpinion,
                                 OffsetDateTime officeReviewedAt, String sectionOpinion,
                                 OffsetDateTime sectionReviewedAt, OffsetDateTime publishedAt,
                                 String processInstanceId) {
    }

    /** A published typical case: what anybody reads. No case number, no names of who handled it. */
    public record PublishedCase(long id, String title, String category, String categoryName, String townName,
                                String writeUp, OffsetDateTime publishedAt) {
    }

    private final TypicalCases typicalCases;
    private final TypicalCaseRepository nominations;
    private final TypicalCaseBooklet booklet;
    private final OrganizationRepository registry;

    public TypicalCaseController(TypicalCases typicalCases, TypicalCaseRepository nominations,
                                 TypicalCaseBooklet booklet, OrganizationRepository registry) {
        this.typicalCases = typicalCases;
        this.nominations = nominations;
        this.booklet = booklet;
        this.registry = registry;
    }

    @PostMapping(path = "/api/typical-cases/nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<NominationView> nominate(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                   @RequestBody(required = false) JsonNode body) {
        FieldErrors errors = new FieldErrors();
        NominationRequest request = Requests.bind(body == null || body.isNull()
                ? JsonNodeFactory.instance.objectNode() : body, NominationRequest.class, errors);
        Nomination n = typicalCases.nominate(user, request, errors);
        return ResponseEntity.created(URI.create("/api/typical-cases/nominations/" + n.id())).body(view(n));
    }

    @GetMapping("/api/typical-cases/nominations")
    public List<NominationView> nominations(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return typicalCases.followed(user).stream().map(this::view).toList();
    }

    @GetMapping("/api/typical-cases/nominations/{id}")
    public NominationView nomination(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                     @PathVariable String id) {
        return (id.matches("[0-9]{1,18}") ? typicalCases.readable(user, Long.parseLong(id))
                : java.util.Optional.<Nomination>empty()).map(this::view)
                .orElseThrow(() -> new NotFoundException("没有该典型案例推荐，或无权查看"));
    }

    @GetMapping("/api/typical-cases")
    public List<PublishedCase> published() {
        return nominations.published().stream().map(n -> new PublishedCase(n.id(), n.title(), n.category(),
                DisputeCategory.valueOf(n.category()).label(), townName(n.townCode()), n.writeUp(),
                local(n.publishedAt()))).toList();
    }

    @GetMapping("/api/typical-cases/booklet.pdf")
    public ResponseEntity<byte[]> booklet() {
        String name = "人民调解典型案例汇编-" + CaseTime.today() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(booklet.render());
    }

    private NominationView view(Nomination n) {
        return new NominationView(n.id(), n.caseNumber(), n.townCode(), townName(n.townCode()), n.category(),
                DisputeCategory.valueOf(n.category()).label(), n.title(), n.writeUp(), n.status().name(),
                n.status().label(), n.nominatedBy(), local(n.nominatedAt()), n.officeOpinion(),
                local(n.officeReviewedAt()), n.sectionOpinion(), local(n.sectionReviewedAt()), local(n.publishedAt()),
                n.processInstanceId());
    }

    private String townName(String townCode) {
        return registry.findUnit(townCode).map(OrgUnit::name).orElse(townCode);
    }

    private static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime();
    }
}
