package cn.jiyuan.mediation.online;

import java.time.Duration;

/** A public request over one of the limits: answered 429 with {@code Retry-After} and the sentence. */
class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequestsException(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** "1分钟", "25分钟", "3小时": the wait rounded up, as a person reads it. */
    static String inWords(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        if (minutes < 120) {
            return minutes + "分钟";
        }
        return (minutes + 59) / 60 + "小时";
    }
}
