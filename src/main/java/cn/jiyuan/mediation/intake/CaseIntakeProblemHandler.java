package cn.jiyuan.mediation.intake;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.jiyuan.mediation.platform.ApiProblemHandler;
import cn.jiyuan.mediation.platform.ApiProblems;
import cn.jiyuan.mediation.platform.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;

/** application/problem+json answers of case intake that the platform's handler does not know. */
@RestControllerAdvice(basePackages = "cn.jiyuan.mediation.cases")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CaseIntakeProblemHandler {

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key 已用于其他请求");
        return problem;
    }

    /**
     * Intake gave way to concurrent intakes on the same counter several times: a lost race, answered 409 (retry
     * with the same Idempotency-Key); when the database itself was unreachable, 503 like any outage.
     */
    @ExceptionHandler(IntakeBusyException.class)
    public ResponseEntity<ProblemDetail> busy(IntakeBusyException e, HttpServletRequest request) {
        if (DatabaseFailures.isUnavailable(e)) {
            return ApiProblemHandler.unavailable(e, request);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .body(ApiProblems.of(HttpStatus.CONFLICT, e.getMessage()));
    }
}
