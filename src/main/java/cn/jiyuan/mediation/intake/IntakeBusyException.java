package cn.jiyuan.mediation.intake;

/** Intake could not get its locks after several attempts (heavy concurrent load): answered 409 (503 when the database was unreachable). */
public class IntakeBusyException extends RuntimeException {

    public IntakeBusyException(Throwable cause) {
        super("同时登记的案件较多，本案件未登记，请稍后重试（可使用同一 Idempotency-Key 重试）", cause);
    }
}
