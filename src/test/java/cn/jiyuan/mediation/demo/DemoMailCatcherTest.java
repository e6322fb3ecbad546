package cn.jiyuan.mediation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;

/**
 * The demo profile as README starts it, without any mail server: the platform's own mail catcher takes the early
 * warnings (no failed mail job, no incident) and administrators read them at /api/demo/mails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "mediation.admin.password=admin-secret"})
@ActiveProfiles("demo")
@OnH2
class DemoMailCatcherTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void theDemoSendsItsEarlyWarningsToItsOwnMailServerAndShowsThemToAdministrators() {
        Http http = new Http(port);
        ObjectNode dispute = CaseRequests.neighbourDispute();
        dispute.put("category", "LAND");
        dispute.put("peopleInvolved", 30);
        dispute.putArray("riskIndicators").add("VIOLENCE_THREAT");
        JsonNode c = CaseRequests.created(CaseRequests.post(http, "zhangli", "demo", dispute.toString(), null));
        String number = c.get("caseNumber").asText();
        ProcessInstance warning = runtime.createProcessInstanceQuery().processDefinitionKey("early-warning")
                .processInstanceBusinessKey(number).singleResult();

        // the mail jobs run as the job executor would run them: each succeeds the first time
        List<Job> jobs;
        int runs = 0;
        while (!(jobs = management.createJobQuery().processInstanceId(warning.getId()).executable().list()).isEmpty()
                && runs++ < 5) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(management.createJobQuery().processInstanceId(warning.getId()).withException().count()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(warning.getId()).count()).isZero();

        HttpResponse<String> mails = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/demo/mails")))
                .header("Accept", "application/json").header("Authorization", Http.basic("admin", "admin-secret"))
                .GET().build());
        assertThat(mails.statusCode()).as(mails.body()).isEqualTo(200);
        JsonNode received = CaseRequests.parse(mails.body());
        assertThat(received.size()).isEqualTo(7);
        assertThat(received.findValuesAsText("subject")).allMatch(s -> s.equals("【矛盾纠纷预警】" + number + " 山林土地 重大风险"));
        assertThat(received.get(0).get("body").asText()).contains(number, "克井镇", "王某").doesNotContain("13812341234");
        assertThat(received.get(0).get("receivedAt").asText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(received.findValues("to").toString()).contains("sfs-419001100@jiyuan.example");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/demo/mails")))
                .header("Accept", "text/html").header("Authorization", Http.basic("admin", "admin-secret"))
                .GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>演示邮箱</h1>", "共 7 封", number);

        // e-mails hold case details: nobody but an administrator reads them
        HttpResponse<String> mediator = http.get("/api/demo/mails", "zhangli", "demo");
        assertThat(mediator.statusCode()).isEqualTo(403);
        assertThat(mediator.body()).contains("仅供系统管理员查看");
    }
}
