package cn.jiyuan.mediation.platform;

/** The administrator password given at startup cannot be used: missing or too weak. */
public abstract class AdministratorPasswordRefusedException extends IllegalStateException {

    protected AdministratorPasswordRefusedException(String message) {
        super(message);
    }
}
