package cn.jiyuan.mediation.online;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.ApiProblems;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public side's API (掌上调解), without login: what the page needs to fill the application (categories in plain
 * words, towns and villages of the registry, the privacy notice's version), a proof-of-work challenge, the
 * application, and the status of a case for its number and the applicant's phone. These four are all of
 * {@code /public/api}; nothing here reads or writes anything of a user, a task or the engine.
 */
@RestController
@RequestMapping(path = "/public/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class PublicApplicationController {

    /** The one answer to an unknown case number and to a known one with a wrong phone. */
    static final String NOT_FOUND = "没有找到与这个案号和电话相符的申请。请核对案号和申请时留的电话号码；如有疑问，请拨打12348公共法律服务热线。";

    private final OnlineApplications applications;
    private final ApplicationStatusLookup status;
    private final ProofOfWork proofOfWork;
    private final PublicLimits limits;
    private final OrganizationRepository registry;

    public PublicApplicationController(OnlineApplications applications, ApplicationStatusLookup status,
                                       ProofOfWork proofOfWork, PublicLimits limits, OrganizationRepository registry) {
        this.applications = applications;
        this.status = status;
        this.proofOfWork = proofOfWork;
        this.limits = limits;
        this.registry = registry;
    }

    /** A town and its villages, for the two pickers. */
    record Town(String code, String name, List<Village> villages) {
    }

    record Village(String code, String name) {
    }

    record Options(List<PlainCategories.Category> categories, List<Town> towns, String privacyNoticeVersion) {
    }

    @GetMapping("/options")
    public Options options() {
        List<OrgUnit> villages = registry.findUnits(UnitLevel.VILLAGE, null);
        List<Town> towns = new ArrayList<>();
        for (OrgUnit town : registry.findUnits(UnitLevel.TOWN, null)) {
            towns.add(new Town(town.code(), town.name(), villages.stream().filter(v -> town.code().equals(v.townCode()))
                    .map(v -> new Village(v.code(), v.name())).toList()));
        }
        return new Options(PlainCategories.all(), towns, OnlineApplications.PRIVACY_NOTICE_VERSION);
    }

    @GetMapping("/challenge")
    public ProofOfWork.Challenge challenge(HttpServletRequest request) {
        limits.challengeFor(request.getRemoteAddr());
        return proofOfWork.issue();
    }

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<OnlineApplications.Submitted> apply(@RequestBody JsonNode body, HttpServletRequest request) {
        OnlineApplications.Submitted submitted = applications.apply(body, request.getRemoteAddr());
        return ResponseEntity.status(submitted.merged() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/public/#/status")).body(submitted);
    }

    @GetMapping("/applications/status")
    public ResponseEntity<?> status(@RequestParam(required = false) String caseNumber,
                                    @RequestParam(required = false) String phone, HttpServletRequest request) {
        List<FieldError> missing = new ArrayList<>();
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 100) {
            missing.add(new FieldError("caseNumber", "请填写受理时告知您的案号"));
        }
        if (phone == null || phone.isBlank() || phone.length() > 30) {
            missing.add(new FieldError("phone", "请填写申请时留的电话号码"));
        }
        if (!missing.isEmpty()) {
            throw new PublicInvalidException(missing);
        }
        return status.find(caseNumber, phone, request.getRemoteAddr())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ApiProblems.of(HttpStatus.NOT_FOUND, NOT_FOUND)));
    }
}
