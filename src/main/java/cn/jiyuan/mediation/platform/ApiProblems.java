package cn.jiyuan.mediation.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The problem answers (RFC 9457, application/problem+json) of the project's API, in Chinese: one title per
 * status, a detail saying what to do. Used by the exception handler and by the filters in front of it.
 */
public final class ApiProblems {

    public static final String INVALID_TITLE = "请求有误";
    public static final String REQUIRED = "必填";

    private ApiProblems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status.value()));
        return problem;
    }

    /** 400 naming every bad field. */
    public static ProblemDetail invalid(List<ApiProblemHandler.FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, errors.size() == 1
                ? "请求中有1处错误，请按 errors 修改后重新提交"
                : "请求中有" + errors.size() + "处错误，请按 errors 逐项修改后重新提交");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail invalid(String field, String message) {
        return invalid(List.of(new ApiProblemHandler.FieldError(field, message)));
    }

    /** 413 for a request body over the limit. */
    public static ProblemDetail tooLarge(long limitBytes) {
        return of(HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大：不能超过" + size(limitBytes));
    }

    /** The Chinese title of a status. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> INVALID_TITLE;
            case 401 -> "未登录";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法按要求的格式答复";
            case 409 -> "与现有数据冲突";
            case 413 -> "请求内容过大";
            case 415 -> "不支持的内容类型";
            case 422 -> "请求无法处理";
            case 429 -> "请求过于频繁";
            case 503 -> "系统繁忙";
            default -> status >= 500 ? "服务器内部错误" : INVALID_TITLE;
        };
    }

    /** "1MB", "20MB" or "512KB". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + "KB";
        }
        return bytes + "字节";
    }

    /** Writes a problem where no exception handler runs (servlet filters). */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
