package cn.jiyuan.mediation.platform;

/** Thrown at startup when the administrator password breaks {@link AdministratorPasswordPolicy}. */
public class AdministratorPasswordWeakException extends AdministratorPasswordRefusedException {

    private final String reason;

    public AdministratorPasswordWeakException(String reason) {
        super("The administrator password (MEDIATION_ADMIN_PASSWORD) is refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
