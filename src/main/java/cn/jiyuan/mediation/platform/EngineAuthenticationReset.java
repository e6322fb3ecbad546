package cn.jiyuan.mediation.platform;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Outermost filter of every request: no request starts or ends with the process engine's authentication of another.
 * The engine keeps its authenticated user in a thread-local, and the server's threads serve one request after
 * another: an authentication that any code path (ours, a webapp's, a library's) sets and does not clear would make
 * the next request on that thread act as that user — seen in a full test run, where the administrator's login check
 * ran as a mediator and was refused. Whatever sets an authentication for a request does so inside this filter.
 */
public class EngineAuthenticationReset extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineAuthenticationReset.class);

    private final IdentityService identity;

    public EngineAuthenticationReset(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identity.getCurrentAuthentication() != null) {
            log.warn("A request thread still carried the engine authentication of {}; cleared before {} {}",
                    identity.getCurrentAuthentication().getUserId(), request.getMethod(), request.getRequestURI());
            identity.clearAuthentication();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (identity.getCurrentAuthentication() != null) {
                log.warn("{} {} left the engine authentication of {} behind; cleared", request.getMethod(),
                        request.getRequestURI(), identity.getCurrentAuthentication().getUserId());
                identity.clearAuthentication();
            }
        }
    }
}
