package cn.jiyuan.mediation.caselist;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the case pages from the Thymeleaf templates under {@code templates/caselist/} (escaped HTML: every
 * value a user typed is shown as text). The answers are never cached (they hold personal data) and run no script.
 */
@Component
class CasePages {

    /** Inline styles only: the pages run nothing, load nothing, and send forms only to the platform. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final TemplateEngine engine = new TemplateEngine();

    CasePages() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/caselist/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    ResponseEntity<String> page(HttpStatus status, String template, Map<String, Object> values) {
        Context context = new Context();
        context.setVariables(values);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(engine.process(template, context));
    }

    /** A page that only says something: a refusal, a case not found, a login needed. */
    ResponseEntity<String> message(HttpStatus status, String title, String text, String user) {
        return page(status, "message", Map.of("title", title, "text", text, "user", user == null ? "" : user));
    }
}
