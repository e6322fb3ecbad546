package cn.jiyuan.mediation.screening.campaign;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

/**
 * {@code POST /api/screening/campaigns} with {@code {topic, requirement, scope: CITY|TOWNS, townCodes[],
 * dueDate: YYYY-MM-DD}} starts a special screening campaign (专项排查) and answers {@code 201} with its
 * round. Administrators and the grassroots section may screen anywhere, justice-office staff their own
 * towns; others get {@code 403}. Bad fields (an unknown one too, so that a typo does not go
 * unnoticed) answer {@code 400}, all named.
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

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CampaignStarted> start(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                 @RequestBody(required = false) JsonNode body) {
        if (!CampaignPermissions.maySupervise(user.groupIds())) { // before the body is even looked at
            throw new ForbiddenException("只有市局基层科、司法所工作人员和系统管理员可以发起专项排查");
        }
        FieldErrors errors = new FieldErrors();
        // no body at all is a body without fields: the required ones are named
        CampaignOrderRequest request = Requests.bind(body == null || body.isNull()
                ? JsonNodeFactory.instance.objectNode() : body, CampaignOrderRequest.class, errors);
        CampaignOrder order = reader.check(request, errors);
        errors.throwIfAny();
        permissions.refusal(user.groupIds(), order).ifPresent(r -> {
            throw new ForbiddenException(r.chinese());
        });
        CampaignStarted started = launcher.launch(order);
        return ResponseEntity.created(URI.create("/api/screening/coverage?roundId=" + started.roundId())).body(started);
    }

}
