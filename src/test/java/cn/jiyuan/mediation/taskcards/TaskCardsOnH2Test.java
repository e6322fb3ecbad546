package cn.jiyuan.mediation.taskcards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * The task cards of Tasklist's list, read with the Tasklist session as the card script reads them: the case, its
 * parties in full for its committee and masked for an administrator, nothing for a task the user may not see.
 */
@DemoPlatformTest
@OnH2
class TaskCardsOnH2Test {

    static final String CARDS = "/camunda/api/tasklist/plugin/task-cards/default/cards";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    @Test
    void aCardShowsTheCaseToWhoeverSeesTheTaskWithThePartiesAsTheAccessRulesAllow() {
        Http http = new Http(port);
        JsonNode c = CaseRequests.created(CaseRequests.post(http, "zhangli", "demo",
                CaseRequests.neighbourDispute().toString(), null));
        String number = c.get("caseNumber").asText();
        Task mediate = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("mediate")
                .singleResult();
        String query = CARDS + "?taskId=" + mediate.getId() + "&taskId=no-such-task";

        JsonNode own = cards(WebappSession.login(port, "tasklist", "zhangli", "demo").get(query));
        assertThat(own.size()).isEqualTo(1);
        JsonNode card = own.get(0);
        assertThat(card.get("taskId").asText()).isEqualTo(mediate.getId());
        assertThat(card.get("caseNumber").asText()).isEqualTo(number);
        assertThat(card.get("category").asText()).isEqualTo("邻里");
        assertThat(card.get("parties").toString()).contains("申请人 王大山", "被申请人 李小河");
        assertThat(card.get("partiesMasked").asBoolean()).isFalse();
        assertThat(card.get("due").asText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(card.toString()).doesNotContain("13812341234", "priority");

        // an administrator sees every task but does not handle the case: names masked
        JsonNode admin = cards(WebappSession.login(port, "tasklist", "admin", "admin-secret").get(query));
        assertThat(admin.get(0).get("parties").toString()).contains("申请人 王某", "被申请人 李某")
                .doesNotContain("王大山");
        assertThat(admin.get(0).get("partiesMasked").asBoolean()).isTrue();

        // a mediator of another committee may not see the task: no card
        assertThat(cards(WebappSession.login(port, "tasklist", "wujiaotong", "demo").get(query)).size()).isZero();
        // without a session: refused
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url(query))).GET().build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void tasklistFindsThePluginsFrontendPackageAndTheCardScript() {
        // Tasklist does not start when a plugin's package is missing
        WebappSession tasklist = WebappSession.login(port, "tasklist", "zhangli", "demo");
        for (String path : List.of("/camunda/api/tasklist/plugin/task-cards/static/app/plugin.js",
                "/camunda/app/tasklist/task-cards/task-cards.js")) {
            HttpResponse<String> script = tasklist.get(path);
            assertThat(script.statusCode()).as(path).isEqualTo(200);
            assertThat(script.body()).contains("export default");
        }
    }

    private static JsonNode cards(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CaseRequests.parse(response.body());
    }
}
