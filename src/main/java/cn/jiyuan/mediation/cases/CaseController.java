package cn.jiyuan.mediation.cases;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.intake.CaseIntakeRequest;
import cn.jiyuan.mediation.intake.CaseIntakeValidation;
import cn.jiyuan.mediation.intake.CaseIntakeResult;
import cn.jiyuan.mediation.intake.CaseIntakeService;
import cn.jiyuan.mediation.intake.IntakeScope;
import cn.jiyuan.mediation.organization.StationedRooms;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;

/** The cases API (docs/domain.md section 8): intake (POST /api/cases) and reading a case. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int IDEMPOTENCY_KEY_MAX = 200;

    private final CaseIntakeValidation requests;
    private final CaseIntakeService intake;
    private final CaseReader reader;
    private final IntakeScope scope;
    private final StationedRooms rooms;

    public CaseController(CaseIntakeValidation requests, CaseIntakeService intake, CaseReader reader,
                          IntakeScope scope, StationedRooms rooms) {
        this.rooms = rooms;
        this.requests = requests;
        this.intake = intake;
        this.reader = reader;
        this.scope = scope;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CaseIntakeResult> create(@RequestBody JsonNode body,
                                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                   @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        if (key != null && (key.isBlank() || key.length() > IDEMPOTENCY_KEY_MAX)) {
            throw new InvalidRequestException(List.of(new FieldError(IDEMPOTENCY_KEY,
                    "不能为空，且不能超过" + IDEMPOTENCY_KEY_MAX + "个字符")));
        }
        String keyProblem = UserText.problem(key, false);
        if (keyProblem != null) {
            throw new InvalidRequestException(List.of(new FieldError(IDEMPOTENCY_KEY, keyProblem)));
        }
        CaseIntakeRequest request = requests.read(withRoomDefaults(body, user));
        scope.refusal(user.groupIds(), request.townCode()).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        CaseIntakeResult result = intake.submit(request, user.userId(), key);
        return ResponseEntity.created(URI.create("/api/cases/" + result.caseId())).body(result);
    }

    /**
     * A mediation room stationed at a police station, a court or a petition office registers its host's referrals:
     * a request of its member that names no channel gets the host's (警调对接 …), whose reference is then required.
     */
    private JsonNode withRoomDefaults(JsonNode body, AuthenticatedUser user) {
        if (!(body instanceof ObjectNode object) || object.hasNonNull("channel")) {
            return body;
        }
        return rooms.ofGroups(user.groupIds()).flatMap(room -> IntakeChannel.ofStationedRoom(room.type()))
                .map(channel -> (JsonNode) object.deepCopy().put("channel", channel.name())).orElse(body);
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseDetails read(@PathVariable String reference,
                            @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return reader.read(reference, user);
    }
}
