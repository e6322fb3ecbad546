package cn.jiyuan.mediation.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Outermost filter of every request: a database outage thrown out of a filter (the login checks the password in
 * the database before any controller runs) or out of a servlet is answered 503 with a Chinese problem body and
 * Retry-After, not as the container's 500 page. The transaction of the request was rolled back by then, so
 * nothing was stored. Errors inside the project's API and the engine REST API are translated where they are
 * handled ({@link ApiProblemHandler}, the engine API guard); this catches what is thrown past them.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable answering {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            writeUnavailable(response);
        }
    }

    /** 503 with Retry-After and a problem body the webapps show too (their "message"). */
    public static void writeUnavailable(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", ApiProblems.title(503));
        problem.put("status", 503);
        problem.put("detail", DatabaseFailures.UNAVAILABLE_MESSAGE);
        problem.put("message", DatabaseFailures.UNAVAILABLE_MESSAGE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
