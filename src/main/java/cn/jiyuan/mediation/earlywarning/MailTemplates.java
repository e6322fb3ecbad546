package cn.jiyuan.mediation.earlywarning;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The e-mail texts, as Thymeleaf text templates under {@code src/main/resources/templates/mail/} that someone who
 * does not program can edit; the composer only prepares the (masked) values.
 */
@Component
public class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    public MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** @param template e.g. {@code mail/warning} */
    public String render(String template, Map<String, Object> values) {
        Context context = new Context();
        context.setVariables(values);
        return engine.process(template, context);
    }
}
