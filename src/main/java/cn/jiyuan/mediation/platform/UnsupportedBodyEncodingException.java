package cn.jiyuan.mediation.platform;

/** A request body declared in another charset than UTF-8: answered 415. */
public class UnsupportedBodyEncodingException extends RuntimeException {

    public UnsupportedBodyEncodingException() {
        super("request body not in UTF-8");
    }
}
