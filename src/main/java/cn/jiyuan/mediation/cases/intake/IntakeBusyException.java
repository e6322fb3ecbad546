package cn.jiyuan.mediation.cases.intake;

/** Intake could not get its locks after several attempts (heavy concurrent load): answered 503. */
public class IntakeBusyException extends RuntimeException {

    public IntakeBusyException(Throwable cause) {
        super("系统繁忙，案件未登记，请稍后重试（可使用同一 Idempotency-Key 重试）", cause);
    }
}
