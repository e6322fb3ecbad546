package cn.jiyuan.mediation.platform;

/** The authenticated user may not do this: answered 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
