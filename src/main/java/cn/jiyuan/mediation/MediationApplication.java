package cn.jiyuan.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The people's mediation case orchestration platform (人民调解案件编排平台). */
@SpringBootApplication
public class MediationApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediationApplication.class, args);
    }
}
