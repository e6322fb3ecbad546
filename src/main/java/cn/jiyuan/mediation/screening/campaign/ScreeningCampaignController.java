package cn.jiyuan.mediation.screening.campaign;

import java.net.URI;
import java.util.Map;

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

/**
 * {@code POST /api/screening/campaigns} with {@code {topic, requirement, scope: CITY|TOWNS, townCodes[],
 * dueDate: YYYY-MM-DD}} starts a special screening campaign (专项排查) and answers {@code 201} with its
 * round. Administrators and the grassroots section may screen anywhere, justice-office staff their own
 * towns; others get {@code 403}. Bad fields answer {@code 400}, all named.
 */
@RestController
@RequestMapping("/api/screening/campaigns")
public class ScreeningCampaignController {

    private final CampaignOrderReader reader;
    private final CampaignPermissions permissions;
    private final CampaignLauncher launcher;

    public ScreeningCampaignController(CampaignOrderReader reader, CampaignPermissions permissions,
                                       CampaignLauncher launcher) {
        this.reader = reader;
        this.permissions = permissions;
        this.launcher = launcher;
    }

    @PostMapping
    public ResponseEntity<CampaignStarted> start(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                 @RequestBody(required = false) Map<String, Object> body) {
        if (!CampaignPermissions.maySupervise(user.groupIds())) { // before the body is even looked at
            throw new ForbiddenException("only the grassroots section, justice-office staff and administrators may "
                    + "start special screening");
        }
        CampaignOrder order;
        try {
            order = reader.read(body == null ? Map.of() : body);
        } catch (CampaignOrderReader.InvalidOrder e) {
            throw new InvalidRequestException(e.problems().stream()
                    .map(p -> new FieldError(p.field(), p.message())).toList());
        }
        permissions.refusal(user.groupIds(), order).ifPresent(r -> {
            throw new ForbiddenException(r.message());
        });
        CampaignStarted started = launcher.launch(order);
        return ResponseEntity.created(URI.create("/api/screening/coverage?roundId=" + started.roundId())).body(started);
    }

}
