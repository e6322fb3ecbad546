package cn.jiyuan.mediation.platform;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First in front of the project's API ({@code /api/*}):
 * <ul>
 * <li>limits the size of request bodies other than uploads: a declared Content-Length over the limit is
 * answered 413 before a byte of the body is read, a body without one (chunked) as soon as reading crosses the
 * limit. Uploads (multipart/form-data) have their own, larger limit, {@code spring.servlet.multipart.*},
 * checked by the servlet container while it parses them;</li>
 * <li>answers what escapes the filters behind it (which no exception handler sees) as a problem in Chinese
 * rather than the container's error page: e.g. Spring's form-content filter, which reads a PUT body sent as
 * form data before any controller, and fails on one that is not.</li>
 * </ul>
 */
public class ApiRequestGuard extends OncePerRequestFilter {

    private final long maxBodySize;
    private final ObjectMapper json;

    public ApiRequestGuard(long maxBodySize, ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest guarded = request;
        if (!isUpload(request)) {
            if (request.getContentLengthLong() > maxBodySize) {
                ApiProblems.write(response, ApiProblems.tooLarge(maxBodySize), json);
                return;
            }
            guarded = new LimitedBodyRequest(request, maxBodySize);
        }
        try {
            chain.doFilter(guarded, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || DisconnectedClientHelper.isClientDisconnectedException(e)
                    || DatabaseFailures.isUnavailable(e)) {
                // an outage (e.g. the login could not check the password) is answered 503 by DatabaseUnavailableFilter
                throw e;
            }
            ApiProblems.write(response, problem(e, request), json);
        }
    }

    /** What a filter behind this one threw: a body over the limit or unreadable (as form data), or a failure. */
    private static ProblemDetail problem(Exception e, HttpServletRequest request) {
        RequestBodyTooLargeException tooLarge = ApiProblemHandler.cause(e, RequestBodyTooLargeException.class);
        if (tooLarge != null) {
            return ApiProblems.tooLarge(tooLarge.limit());
        }
        if (ApiProblemHandler.cause(e, HttpMessageNotReadableException.class) != null) {
            return ApiProblems.invalid("(body)", "请求体无法读取：请以 UTF-8 编码的 application/json 提交");
        }
        return ApiProblemHandler.unexpected(e, request);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
