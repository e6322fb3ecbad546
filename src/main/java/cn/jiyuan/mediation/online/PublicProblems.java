package cn.jiyuan.mediation.online;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.jiyuan.mediation.intake.IntakeBusyException;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.ApiProblems;

/**
 * The public API's refusals, in Chinese for a citizen: every bad field with its label as the page shows it
 * ({@code errors: [{field, label, message}]}), a refused proof of work (the page solves a new one), a limit reached
 * (429 with Retry-After), a busy moment. What Spring itself refuses (wrong method, unreadable body, unknown path) is
 * answered in Chinese by the platform's ApiProblemHandler, which counts /public/api as API.
 */
@RestControllerAdvice(assignableTypes = PublicApplicationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicProblems {

    private static final Logger log = LoggerFactory.getLogger(PublicProblems.class);

    /** A bad field as the page shows it. */
    record LabelledError(String field, String label, String message) {
    }

    @ExceptionHandler(PublicInvalidException.class)
    public ProblemDetail invalid(PublicInvalidException e) {
        return labelled(e.errors());
    }

    @ExceptionHandler(ChallengeRefusedException.class)
    public ProblemDetail challenge(ChallengeRefusedException e) {
        return labelled(List.of(new FieldError("challenge", e.getMessage())));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    public ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(IntakeBusyException.class)
    public ResponseEntity<ProblemDetail> busy(IntakeBusyException e) {
        log.info("Online application gave way to concurrent intakes: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, "提交的人较多，本次申请没有保存，请稍后再点一次“提交申请”。"));
    }

    private static ProblemDetail labelled(List<FieldError> errors) {
        ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, errors.size() == 1
                ? "申请中有1处需要修改：" + PublicApplicationCommand.LABELS.getOrDefault(errors.get(0).field(), "申请内容")
                + "，" + errors.get(0).message()
                : "申请中有" + errors.size() + "处需要修改，请按提示逐项修改后重新提交");
        problem.setProperty("errors", errors.stream().map(e -> new LabelledError(e.field(),
                label(e.field()), e.message())).toList());
        return problem;
    }

    private static String label(String field) {
        return switch (field) {
            case "caseNumber" -> "案号";
            case "phone" -> "电话号码";
            default -> PublicApplicationCommand.LABELS.getOrDefault(field, "申请内容");
        };
    }
}
