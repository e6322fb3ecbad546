package cn.jiyuan.mediation.platform;

/** Thrown at startup when no administrator password was given. */
public class AdministratorPasswordMissingException extends AdministratorPasswordRefusedException {

    public AdministratorPasswordMissingException() {
        super("No administrator password given: set the environment variable MEDIATION_ADMIN_PASSWORD");
    }
}
