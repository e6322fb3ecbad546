package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.MediationApplication;

/** README's start command twice on the same data folder: all data kept, nothing loaded twice. */
class RestartKeepsDataTest {

    private static final String[] TABLES = {"org_unit", "org_justice_office", "org_committee", "org_person",
            "org_contact", "act_id_user", "act_id_group", "act_id_membership", "act_ru_authorization",
            "act_ru_filter", "act_re_deployment", "act_re_procdef", "act_re_decision_def", "act_ru_execution"};

    private static ConfigurableApplicationContext start(String dataDir) {
        // command-line arguments: they outrank application.yaml and the environment, as in production
        return new SpringApplicationBuilder(MediationApplication.class).run("--server.port=0",
                "--mediation.data-dir=" + dataDir, "--mediation.demo.enabled=true", "--mediation.demo.password=demo",
                "--mediation.admin.password=first-password", "--camunda.bpm.job-execution.enabled=false");
    }

    private static Map<String, Integer> counts(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    @Test
    void aSecondStartKeepsAllDataAndLoadsNothingTwice() {
        String dataDir = "./target/test-data/restart-" + System.nanoTime();
        Map<String, Integer> afterFirst;
        String instanceId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            instanceId = engine.getRuntimeService().startProcessInstanceByKey("staffing-review").getId();
            // a password changed in Admin must survive the restart
            var user = engine.getIdentityService().createUserQuery().userId("zhangli").singleResult();
            user.setPassword("changed-in-admin");
            engine.getIdentityService().saveUser(user);
            afterFirst = counts(first);
        }
        assertThat(afterFirst.get("org_unit")).isGreaterThan(60);

        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(counts(second)).isEqualTo(afterFirst);
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count())
                    .isEqualTo(1);
            assertThat(engine.getIdentityService().checkPassword("zhangli", "changed-in-admin")).isTrue();
            assertThat(engine.getIdentityService().checkPassword("admin", "first-password")).isTrue();
        }
    }
}
