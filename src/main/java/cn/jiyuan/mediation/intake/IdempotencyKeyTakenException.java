package cn.jiyuan.mediation.intake;

/** Internal: another request with the same key committed (or is committing) first. */
class IdempotencyKeyTakenException extends RuntimeException {

    IdempotencyKeyTakenException(Throwable cause) {
        super("idempotency key taken by a concurrent request", cause);
    }
}
