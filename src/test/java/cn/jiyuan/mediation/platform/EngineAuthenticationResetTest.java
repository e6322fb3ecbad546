package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request thread that carries an engine authentication left by an earlier request has it cleared before the next
 * request runs, and a request that leaves one behind has it cleared when it ends.
 */
class EngineAuthenticationResetTest {

    private final AtomicReference<Authentication> current = new AtomicReference<>();
    private final IdentityService identity = identity();

    @Test
    void anAuthenticationLeftOnTheThreadDoesNotReachTheNextRequest() throws Exception {
        current.set(new Authentication("zhangli", List.of("committee-VC419001100201")));
        AtomicReference<Authentication> seen = new AtomicReference<>(new Authentication("unset", List.of()));
        new EngineAuthenticationReset(identity).doFilter(new MockHttpServletRequest("POST", "/api/admin/organization/import"),
                new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) {
                        seen.set(current.get());
                    }
                }));
        assertThat(seen.get()).as("what the request ran with").isNull();
    }

    @Test
    void anAuthenticationARequestLeavesBehindIsClearedWhenItEnds() throws Exception {
        new EngineAuthenticationReset(identity).doFilter(new MockHttpServletRequest("POST", "/cases/1/typical-case"),
                new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) {
                        current.set(new Authentication("zhangli", List.of()));
                    }
                }));
        assertThat(current.get()).isNull();
    }

    private IdentityService identity() {
        IdentityService service = mock(IdentityService.class);
        when(service.getCurrentAuthentication()).thenAnswer(invocation -> current.get());
        doAnswer(invocation -> {
            current.set(null);
            return null;
        }).when(service).clearAuthentication();
        doAnswer(invocation -> {
            current.set(invocation.getArgument(0));
            return null;
        }).when(service).setAuthentication(any(Authentication.class));
        return service;
    }
}
