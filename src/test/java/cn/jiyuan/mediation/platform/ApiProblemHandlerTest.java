package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class ApiProblemHandlerTest {

    private final ApiProblemHandler handler = new ApiProblemHandler(DataSize.ofMegabytes(20), DataSize.ofMegabytes(20));

    @Test
    void anythingUnexpectedIsA500InChineseWithACorrelationIdAndNoExceptionText() throws Exception {
        ResponseEntity<ProblemDetail> answer = handler.lastResort(
                new IllegalStateException("no case_file row with id quxb in table"), new MockHttpServletRequest("POST", "/api/cases"));
        ProblemDetail problem = answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getTitle()).isEqualTo("服务器内部错误");
        String id = (String) problem.getProperties().get("correlationId");
        assertThat(id).hasSize(8);
        // The exception's words must not leak; the random hex id is removed first so that it cannot match them by chance.
        assertThat(problem.getDetail()).contains(id);
        assertThat(problem.getDetail().replace(id, "")).doesNotContain("case", "quxb", "IllegalState");
    }

    @Test
    void requestsOutsideTheApiKeepSpringsOwnHandling() {
        IllegalStateException e = new IllegalStateException("boom");
        assertThatThrownBy(() -> handler.lastResort(e, new MockHttpServletRequest("GET", "/camunda/app/x.js")))
                .isSameAs(e);
    }

    @Test
    void theEnginesAuthorizationMessageIsNotShown() {
        ProblemDetail problem = handler.forbidden(new org.camunda.bpm.engine.AuthorizationException(
                "The user with id 'zhangli' does not have 'CREATE' permission on resource 'Deployment'."));
        assertThat(problem.getTitle()).isEqualTo("无权访问");
        assertThat(problem.getDetail()).doesNotContain("zhangli", "permission");
    }
}
