package cn.jiyuan.mediation.cases.intake;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.jiyuan.mediation.platform.ApiProblems;

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

    @ExceptionHandler(IntakeBusyException.class)
    public ProblemDetail busy(IntakeBusyException e) {
        return ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
