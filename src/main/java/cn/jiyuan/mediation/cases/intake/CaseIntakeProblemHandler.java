package cn.jiyuan.mediation.cases.intake;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** application/problem+json answers of case intake that the platform's handler does not know. */
@RestControllerAdvice(basePackages = "cn.jiyuan.mediation.cases")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CaseIntakeProblemHandler {

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        return problem;
    }

    @ExceptionHandler(IntakeBusyException.class)
    public ProblemDetail busy(IntakeBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy");
        return problem;
    }
}
