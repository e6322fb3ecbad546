package cn.jiyuan.mediation.platform;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there are no default credentials: the platform refuses to start unless an
 * administrator password is given (MEDIATION_ADMIN_PASSWORD). The administrator account itself is
 * created by the Camunda starter from camunda.bpm.admin-user, on the first start only.
 */
@Component
public class AdministratorPasswordCheck implements InitializingBean {

    private final String password;

    public AdministratorPasswordCheck(@Value("${mediation.admin.password:}") String password) {
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (password == null || password.isBlank()) {
            throw new AdministratorPasswordMissingException();
        }
    }
}
