package cn.jiyuan.mediation.awareness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * {@code GET /api/awareness/alerts?kind=&townCode=&includeEnded=}: the alerts the platform raised by itself, newest
 * first, limited to what the caller supervises ({@link AlertViewer}: a justice office its town, the bureau and the
 * city centre the city; others 403). By default the active ones; {@code includeEnded=true} adds those that ended
 * (the newest 500 in all).
 */
@RestController
public class AwarenessController {

    private final AlertList alerts;
    private final OrganizationRepository registry;

    public AwarenessController(AlertList alerts, OrganizationRepository registry) {
        this.alerts = alerts;
        this.registry = registry;
    }

    @GetMapping(path = "/api/awareness/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AlertView> alerts(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String townCode,
                                  @RequestParam(required = false) String includeEnded) {
        AlertViewer viewer = AlertViewer.of(user, registry);
        List<FieldError> errors = new ArrayList<>();
        AlertKind alertKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                alertKind = AlertKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "应为以下之一：" + Arrays.stream(AlertKind.values())
                        .map(k -> k.name() + "（" + k.label() + "）").collect(Collectors.joining("、"))));
            }
        }
        boolean ended = false;
        if (includeEnded != null && !includeEnded.isBlank()) {
            if (!includeEnded.equals("true") && !includeEnded.equals("false")) {
                errors.add(new FieldError("includeEnded", "应为 true 或 false"));
            }
            ended = includeEnded.equals("true");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String town = townCode == null || townCode.isBlank() ? null : townCode.trim();
        return alerts.list(viewer, alertKind, town, ended);
    }
}
