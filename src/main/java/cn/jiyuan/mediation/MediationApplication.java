package cn.jiyuan.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.jiyuan.mediation.platform.engine.EarlySqlMappings;

/** The people's mediation case orchestration platform (人民调解案件编排平台). */
@SpringBootApplication
public class MediationApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MediationApplication.class);
        // the engine's SQL mappings are read on a second thread while Spring starts (issue 14, start-up)
        application.addListeners(new EarlySqlMappings());
        application.run(args);
    }
}
