package cn.jiyuan.mediation.codelabels;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.platform.WebappSessionUser;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /code-labels}: the labels of {@link CodeLabels}, for the webapps' script that shows them in place of
 * the codes (webjars/…/cockpit/code-labels); for whoever is logged in to the webapps (the same session).
 */
@RestController
public class CodeLabelController {

    private final CodeLabels labels;

    public CodeLabelController(CodeLabels labels) {
        this.labels = labels;
    }

    @GetMapping(path = "/code-labels", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> labels(HttpServletRequest request) {
        if (WebappSessionUser.of(request).isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).body(Map.of());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(labels.all());
    }
}
