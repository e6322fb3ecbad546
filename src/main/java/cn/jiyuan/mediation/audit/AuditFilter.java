package cn.jiyuan.mediation.audit;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

import cn.jiyuan.mediation.platform.AuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Records who read or changed which case, through which way in ({@link RequestClassifier} says which
 * requests). It wraps the whole request, outside the API's HTTP Basic filter and the webapps' own filters, so
 * that once the request has run it finds the caller where those filters left it: the request attribute of
 * {@link cn.jiyuan.mediation.platform.BasicAuthenticationFilter} for {@code /api} and {@code /engine-rest}, the
 * webapps' login in the HTTP session for {@code /camunda/api/engine/…} (Camunda's AuthenticationFilter sets the
 * engine's authentication only while its own chain runs, and it is registered after every filter of ours).
 * Requests without a caller (401, no login) are not recorded.
 *
 * <p>When: a write is recorded before its answer leaves the server (the answer is held in memory until the
 * record is stored, so a caller who sees the answer can rely on the record being there); reads and downloads
 * are recorded right after their answer, so that a large answer is never held in memory. Recording never fails
 * a request: by then the change is committed or the data delivered, and failing the answer would only make a
 * caller repeat a change that happened. A lost record is logged at ERROR instead.
 */
class AuditFilter extends OncePerRequestFilter {

    /** Cockpit sends the ids of a variable query in a small JSON body; only that much is looked at. */
    private static final int BODY_LIMIT = 64 * 1024;

    private final RequestClassifier classifier;
    private final AuditRecorder recorder;

    AuditFilter(RequestClassifier classifier, AuditRecorder recorder) {
        this.classifier = classifier;
        this.recorder = recorder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        AuditedRequest audited = classifier.classify(request.getMethod(), path, request.getQueryString(),
                request.getHeader("Referer"));
        if (audited == null) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingRequestWrapper cachedRequest = audited.needsBody()
                ? new ContentCachingRequestWrapper(request, BODY_LIMIT) : null;
        ContentCachingResponseWrapper heldAnswer = audited.isWrite() ? new ContentCachingResponseWrapper(response)
                : null;
        List<AuditedCase> casesBefore = recorder.casesBefore(audited);
        boolean completed = false;
        try {
            chain.doFilter(cachedRequest != null ? cachedRequest : request, heldAnswer != null ? heldAnswer : response);
            completed = true;
        } finally {
            try {
                record(request, response, audited, casesBefore, completed, cachedRequest);
            } catch (RuntimeException e) {
                // never the caller's problem (see above); AuditRecorder logs its own failures with more detail
                logger.error("Audit: could not record a request: " + e);
            }
            if (heldAnswer != null && completed) {
                heldAnswer.copyBodyToResponse();
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, AuditedRequest audited,
                        List<AuditedCase> casesBefore, boolean completed, ContentCachingRequestWrapper cachedRequest) {
        String userId = caller(request, audited);
        int status = completed ? response.getStatus() : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (userId != null && status != HttpServletResponse.SC_UNAUTHORIZED) {
            recorder.record(audited, casesBefore, new AuditRecorder.Outcome(userId, request.getRemoteAddr(), status,
                    response.getHeader("Location"), cachedRequest == null ? null : cachedRequest.getContentAsByteArray()));
        }
    }

    /** The authenticated caller of the request, or null. */
    private static String caller(HttpServletRequest request, AuditedRequest audited) {
        if (audited.engineName() == null) {
            return request.getAttribute(AuthenticatedUser.ATTRIBUTE) instanceof AuthenticatedUser user
                    ? user.userId() : null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            Authentication login = AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(audited.engineName());
            return login == null || login.getIdentityId() == null ? null : login.getIdentityId();
        } catch (IllegalStateException invalidated) {
            // the session ended during the request (e.g. a CSRF failure invalidates it): no caller to name
            return null;
        }
    }
}
