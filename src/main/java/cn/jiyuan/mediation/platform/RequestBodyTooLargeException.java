package cn.jiyuan.mediation.platform;

import java.io.IOException;

/**
 * A request body grew past the limit while it was read: answered 413. An {@link IOException} so that
 * whatever reads the body (message converters, form parsing) passes it on as a failure to read.
 */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
