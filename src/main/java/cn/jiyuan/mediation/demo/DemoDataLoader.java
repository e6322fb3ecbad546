package cn.jiyuan.mediation.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.organization.identity.IdentitySynchronizer;
import cn.jiyuan.mediation.organization.importing.ImportSource;
import cn.jiyuan.mediation.organization.importing.OrganizationImportService;

/**
 * Demo profile only: imports the demo organization (the 16 real towns and sample villages) through the
 * regular import, and gives demo users without a password the demo password. Everything it does is
 * idempotent, so a second start loads nothing twice and keeps passwords changed in Admin.
 */
@Component
@ConditionalOnProperty(name = "mediation.demo.enabled", havingValue = "true")
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String[] TABLES = {"units", "justice_offices", "committees", "persons", "contacts"};

    private final OrganizationImportService importService;
    private final OrganizationRepository registry;
    private final IdentitySynchronizer synchronizer;
    private final IdentityService identity;
    private final String demoPassword;

    public DemoDataLoader(OrganizationImportService importService, OrganizationRepository registry,
                          IdentitySynchronizer synchronizer, IdentityService identity,
                          @Value("${mediation.demo.password}") String demoPassword) {
        this.importService = importService;
        this.registry = registry;
        this.synchronizer = synchronizer;
        this.identity = identity;
        this.demoPassword = demoPassword;
    }

    @EventListener
    @Order(0)
    public void load(ApplicationReadyEvent event) {
        var result = importService.importFiles(demoFiles());
        synchronizer.synchronize();
        int passwords = 0;
        for (Person person : registry.findPersons()) {
            if (person.login() == null) {
                continue;
            }
            User user = identity.createUserQuery().userId(person.login()).singleResult();
            if (user instanceof UserEntity entity && entity.getPassword() == null) {
                user.setPassword(demoPassword);
                identity.saveUser(user);
                passwords++;
            }
        }
        log.info("Demo data: {} registry rows written, {} demo passwords set", result.totalWritten(), passwords);
    }

    static List<ImportSource> demoFiles() {
        List<ImportSource> sources = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String table : TABLES) {
            Resource resource = resolver.getResource("classpath:demo/organization/" + table + ".csv");
            try (var in = resource.getInputStream()) {
                sources.add(new ImportSource(table + ".csv", in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("demo data missing: " + table, e);
            }
        }
        return sources;
    }
}
