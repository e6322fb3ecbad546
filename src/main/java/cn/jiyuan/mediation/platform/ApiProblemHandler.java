package cn.jiyuan.mediation.platform;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers every error of the project's API ({@code /api/...}) as application/problem+json (RFC 9457) in
 * Chinese, naming the bad fields in {@code errors[]}: the project's own exceptions, what Spring MVC throws
 * before or while binding a request (wrong method or content type, unreadable body, broken or oversized
 * upload, unknown path), and, last, anything unexpected as a 500 that shows no exception text but a
 * correlation id that is also in the log. Requests outside {@code /api} and {@code /public/api} (the webapps' static resources)
 * keep Spring's default handling: the exception is thrown on, which makes Spring carry on with its own
 * resolvers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    public static final String API_PREFIX = "/api/";
    /** The public side's API (掌上调解, no login): its errors are answered the same way. */
    public static final String PUBLIC_API_PREFIX = "/public/api/";

    private final DataSize maxFileSize;
    private final DataSize maxUploadSize;

    /** The upload limits, to name them (the container's exception does not carry them). */
    public ApiProblemHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                             @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUploadSize) {
        this.maxFileSize = maxFileSize;
        this.maxUploadSize = maxUploadSize;
    }

    /** One bad field and why. */
    public record FieldError(String field, String message) {
    }

    // ---------------------------------------------------------------- the project's own exceptions

    @ExceptionHandler(InvalidRequestException.class)
    public ProblemDetail invalid(InvalidRequestException e) {
        return ApiProblems.invalid(e.errors());
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
    public ProblemDetail forbidden(RuntimeException e) {
        // the engine's own message is English and names internals: say it in our words
        return ApiProblems.of(HttpStatus.FORBIDDEN,
                e instanceof ForbiddenException ? e.getMessage() : "您没有进行此项操作的权限");
    }

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e) {
        return ApiProblems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    // ---------------------------------------------------------------- binding a request

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        requireApi(request, e);
        String value = e.getValue() == null ? null : e.getValue().toString();
        return ApiProblems.invalid(e.getName(), "取值" + UserText.quote(value) + "无效");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        requireApi(request, e);
        return ApiProblems.invalid(e.getParameterName(), ApiProblems.REQUIRED);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ProblemDetail missingPart(MissingServletRequestPartException e, HttpServletRequest request)
            throws MissingServletRequestPartException {
        requireApi(request, e);
        return ApiProblems.invalid(e.getRequestPartName(), ApiProblems.REQUIRED + "（请以 multipart/form-data 上传文件）");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request)
            throws MissingRequestHeaderException {
        requireApi(request, e);
        return ApiProblems.invalid(e.getHeaderName(), ApiProblems.REQUIRED);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        requireApi(request, e);
        RequestBodyTooLargeException tooLarge = cause(e, RequestBodyTooLargeException.class);
        if (tooLarge != null) {
            return ApiProblems.tooLarge(tooLarge.limit());
        }
        return ApiProblems.invalid("(body)", "缺少请求体，或请求体不是有效的 JSON");
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    public ProblemDetail tooLarge(RequestBodyTooLargeException e) {
        return ApiProblems.tooLarge(e.limit());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        requireApi(request, e);
        return ApiProblems.of(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大：每个文件不能超过"
                + ApiProblems.size(maxFileSize.toBytes()) + "，合计不能超过" + ApiProblems.size(maxUploadSize.toBytes()));
    }

    @ExceptionHandler(MultipartException.class)
    public ProblemDetail brokenUpload(MultipartException e, HttpServletRequest request) throws MultipartException {
        requireApi(request, e);
        return ApiProblems.invalid("(body)", "上传内容无法读取：请以 multipart/form-data 格式完整上传文件");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e,
                                                         HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireApi(request, e);
        String accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(Collectors.joining("、"));
        ProblemDetail problem = ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, accepted.isEmpty()
                ? "不支持此内容类型"
                : "不支持此内容类型，请以 " + accepted + "（UTF-8 编码）提交");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(e.getHeaders()).body(problem);
    }

    @ExceptionHandler(UnsupportedBodyEncodingException.class)
    public ProblemDetail notUtf8(UnsupportedBodyEncodingException e) {
        return ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求体须为 UTF-8 编码：请以 application/json（UTF-8）提交");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e,
                                                       HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        requireApi(request, e);
        ProblemDetail problem = ApiProblems.of(HttpStatus.NOT_ACCEPTABLE, "本接口只以 JSON 答复，请在 Accept 中接受 application/json");
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e,
                                                     HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        requireApi(request, e);
        Set<HttpMethod> supported = e.getSupportedHttpMethods();
        String allowed = supported == null ? "" : supported.stream().map(HttpMethod::name).sorted()
                .collect(Collectors.joining("、"));
        ProblemDetail problem = ApiProblems.of(HttpStatus.METHOD_NOT_ALLOWED, allowed.isEmpty()
                ? "此地址不支持该请求方法"
                : "此地址不支持该请求方法，可用的方法：" + allowed);
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders()).body(problem);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    public ProblemDetail unknownPath(Exception e, HttpServletRequest request) throws Exception {
        requireApi(request, e);
        return ApiProblems.of(HttpStatus.NOT_FOUND, "没有这个接口地址，请检查请求路径");
    }

    // ---------------------------------------------------------------- last resort

    /** Anything unexpected: 500 without the exception's text, logged with a correlation id the answer names. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> lastResort(Exception e, HttpServletRequest request) throws Exception {
        requireApi(request, e);
        if (DatabaseFailures.isUnavailable(e)) {
            return unavailable(e, request);
        }
        if (DatabaseFailures.isLostRace(e)) {
            return lostRace(e, request);
        }
        if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            // whatever else Spring says about a request, with its status and headers, in our words
            HttpStatusCode status = refused.getStatusCode();
            return ResponseEntity.status(status).headers(refused.getHeaders())
                    .body(ApiProblems.of(status, "请求无法处理，请检查请求的地址、方法、参数和内容"));
        }
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(unexpected(e, request));
    }

    /** The database could not be reached: the transaction was rolled back, the client retries later. */
    public static ResponseEntity<ProblemDetail> unavailable(Throwable e, HttpServletRequest request) {
        log.warn("Database unreachable answering {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ProblemDetail problem = ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.UNAVAILABLE_MESSAGE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS)).body(problem);
    }

    /** Somebody else changed the same task or row first: nothing of this request was stored. */
    static ResponseEntity<ProblemDetail> lostRace(Throwable e, HttpServletRequest request) {
        log.info("Lost race answering {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ApiProblems.of(HttpStatus.CONFLICT, DatabaseFailures.RECORD_RACE_MESSAGE));
    }

    static ProblemDetail unexpected(Throwable e, HttpServletRequest request) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} answering {} {}", id, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "处理请求时发生了意外错误，请稍后再试；如问题持续，请将错误编号 " + id + " 告知系统管理员");
        problem.setProperty("correlationId", id);
        return problem;
    }

    // ---------------------------------------------------------------- helpers

    /** Throws the exception on for requests outside the project's API, so that Spring handles them as before. */
    private static <E extends Exception> void requireApi(HttpServletRequest request, E e) throws E {
        if (!isApi(request)) {
            throw e;
        }
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX) || path.equals("/api") || path.startsWith(PUBLIC_API_PREFIX);
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
