package cn.jiyuan.mediation.screening.campaign;

import static cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables.*;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;

/**
 * {@code POST /api/screening/campaigns} with {@code {topic, requirement, scope: CITY|TOWNS, townCodes[],
 * dueDate: YYYY-MM-DD}} starts a special screening campaign (专项排查) and answers {@code 201} with its
 * round. Administrators and the grassroots section may screen anywhere, justice-office staff their own
 * towns; others get {@code 403}. Bad fields answer {@code 400}, all named.
 */
@RestController
@RequestMapping("/api/screening/campaigns")
public class ScreeningCampaignController {

    /** The fields of the request; any other is refused, so that a typo does not go unnoticed. */
    static final Set<String> FIELDS = Set.of(TOPIC, REQUIREMENT, SCOPE, TOWN_CODES, DUE_DATE);

    private final CampaignOrderReader reader;
    private final CampaignPermissions permissions;
    private final CampaignLauncher launcher;

    public ScreeningCampaignController(CampaignOrderReader reader, CampaignPermissions permissions,
                                       CampaignLauncher launcher) {
        this.reader = reader;
        this.permissions = permissions;
        this.launcher = launcher;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CampaignStarted> start(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                 @RequestBody(required = false) Map<String, Object> body) {
        if (!CampaignPermissions.maySupervise(user.groupIds())) { // before the body is even looked at
            throw new ForbiddenException("只有市局基层科、司法所工作人员和系统管理员可以发起专项排查");
        }
        Map<String, Object> values = body == null ? Map.of() : body;
        // the request's shape, named together with the order's own problems
        List<FieldError> shape = values.keySet().stream().filter(k -> !FIELDS.contains(k))
                .map(k -> UserText.quote(k).isEmpty() ? new FieldError("(body)", "含有未知字段")
                        : new FieldError(k, "未知字段"))
                .collect(Collectors.toCollection(ArrayList::new));
        // the API takes a JSON array only (Tasklist's form may also submit the list as a JSON text)
        if (values.get(TOWN_CODES) != null && !(values.get(TOWN_CODES) instanceof List<?>)) {
            shape.add(new FieldError(TOWN_CODES, "应为镇（街道）代码的数组"));
        }
        CampaignOrder order;
        try {
            order = reader.read(values);
        } catch (CampaignOrderReader.InvalidOrder e) {
            List<FieldError> errors = new ArrayList<>(shape);
            e.problems().forEach(p -> errors.add(new FieldError(p.field(), p.chinese())));
            throw new InvalidRequestException(errors);
        }
        if (!shape.isEmpty()) {
            throw new InvalidRequestException(shape);
        }
        permissions.refusal(user.groupIds(), order).ifPresent(r -> {
            throw new ForbiddenException(r.chinese());
        });
        CampaignStarted started = launcher.launch(order);
        return ResponseEntity.created(URI.create("/api/screening/coverage?roundId=" + started.roundId())).body(started);
    }

}
