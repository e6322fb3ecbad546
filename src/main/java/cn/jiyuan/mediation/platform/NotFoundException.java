package cn.jiyuan.mediation.platform;

/** No such resource: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
