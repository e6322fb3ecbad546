package cn.jiyuan.mediation.intake;

/** The Idempotency-Key was used before by the same user for a different request: answered 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("此 Idempotency-Key 已用于内容不同的另一请求；重试请发送相同内容，新请求请使用新的键");
    }
}
