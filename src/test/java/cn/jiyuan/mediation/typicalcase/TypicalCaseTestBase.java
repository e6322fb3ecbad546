package cn.jiyuan.mediation.typicalcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpPlatformTest;

/**
 * Typical cases end to end on the database of the subclass: a concluded case is nominated through the API, its
 * write-up anonymised by the platform, reviewed by its town's justice office and by the grassroots section through
 * /engine-rest, published in the list and the booklet PDF (text extracted and checked); every rule of access is
 * called as the wrong user. Shares the e-mail tests' context ({@link SmtpPlatformTest}).
 */
@DemoPlatformTest
abstract class TypicalCaseTestBase extends SmtpPlatformTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void aTypicalCaseGoesFromNominationToThePublishedListAndTheBooklet() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "甲");
        JsonNode concluded = concludedCase();
        long caseId = concluded.get("caseId").asLong();

        // who may not nominate it: another committee (as if the case did not exist); an open case cannot be nominated
        assertThat(nominate("songyu", caseId, "邻里纠纷" + marker, "王大山与李小河").statusCode()).isEqualTo(404);
        JsonNode open = CaseRequests.register(http(), "zhangli", "demo", CaseRequests.neighbourDispute());
        HttpResponse<String> notConcluded = nominate("zhangli", open.get("caseId").asLong(), "未办结" + marker, "案情");
        assertThat(notConcluded.statusCode()).isEqualTo(400);
        assertThat(notConcluded.body()).contains("caseId", "只有已办结的案件才能推荐为典型案例");
        HttpResponse<String> empty = http().post("/api/typical-cases/nominations", "zhangli", "demo", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请选择推荐的案件", "请填写案例标题", "请填写案例材料");

        String writeUp = "王大山与李小河系东许村邻居，因院墙排水多次争吵。\n调解员联系王大山（电话13812341234）和小河，"
                + "释法明理，双方达成口头协议，李小河赔偿2000元。";
        HttpResponse<String> created = nominate("zhangli", caseId, "王大山诉李小河排水纠纷" + marker, writeUp);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode nomination = JSON.readTree(created.body());
        long id = nomination.get("id").asLong();
        assertThat(nomination.get("title").asText()).isEqualTo("王某诉李某排水纠纷" + marker);
        assertThat(nomination.get("writeUp").asText()).contains("王某与李某系东许村邻居", "联系王某（电话××）和李某", "2000元")
                .doesNotContain("王大山", "李小河", "小河", "13812341234", "1234");
        assertThat(nomination.get("statusName").asText()).isEqualTo("司法所审核中");
        assertThat(nominate("zhangli", caseId, "再次推荐" + marker, "案情").body()).contains("该案件已被推荐为典型案例");

        // the engine holds the id only; nobody may start or drive the process through the engine's API
        String pid = nomination.get("processInstanceId").asText();
        assertThat(runtime.getVariables(pid)).containsOnlyKeys("typicalCaseId", "townCode", "justiceOfficeGroup");
        assertThat(post("zhaojiceng", "/engine-rest/process-definition/key/typical-case/start", "{}").statusCode())
                .isEqualTo(403);

        // 司法所审核: the case's town's office only; another town's office does not even see the task
        Task office = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(office.getTaskDefinitionKey()).isEqualTo("officeReview");
        assertThat(get("caogang", "/engine-rest/task?processInstanceId=" + pid).body()).isEqualTo("[]");
        assertThat(complete("caogang", office, "ACCEPT", null).statusCode()).isIn(403, 404);
        assertThat(complete("zhangli", office, "ACCEPT", null).statusCode()).isIn(403, 404);
        assertThat(complete("zhaojiceng", office, "ACCEPT", null).statusCode()).isIn(403, 404);
        JsonNode form = JSON.readTree(get("chensiyuan", "/engine-rest/task/" + office.getId() + "/form-variables").body());
        assertThat(form.path("nominationText").path("value").asText()).contains("王某与李某").doesNotContain("王大山");
        HttpResponse<String> noReason = complete("chensiyuan", office, "RETURN", null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).get("message").asText()).isEqualTo("退回的，请在审核意见说明中写明退回理由");
        assertThat(complete("chensiyuan", office, "ACCEPT", "案例典型，同意报送").statusCode()).isEqualTo(204);

        // 基层科审核: the grassroots section only
        Task section = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(section.getTaskDefinitionKey()).isEqualTo("sectionReview");
        assertThat(complete("chensiyuan", section, "ACCEPT", null).statusCode()).isIn(403, 404);
        assertThat(complete("zhaojiceng", section, "ACCEPT", "同意发布").statusCode()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();

        // a second nomination, returned by the justice office, stays out of the list
        JsonNode other = concludedCase();
        JsonNode returned = JSON.readTree(nominate("zhangli", other.get("caseId").asLong(), "退回的案例" + marker,
                "案情简单").body());
        Task returnedTask = tasks.createTaskQuery().processInstanceId(returned.get("processInstanceId").asText())
                .singleResult();
        assertThat(complete("chensiyuan", returnedTask, "RETURN", "案情过于简单").statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(get("zhangli", "/api/typical-cases/nominations/" + returned.get("id").asLong()).body())
                .get("status").asText()).isEqualTo("RETURNED");

        // the published list: every authenticated user, anonymised text only
        assertThat(http().get("/api/typical-cases", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> list = get("guolao", "/api/typical-cases");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("王某诉李某排水纠纷" + marker).doesNotContain("退回的案例" + marker, "王大山",
                "13812341234", "caseNumber");

        // the nomination itself: its nominator, the town's office and the city; not another town's office
        assertThat(get("zhangli", "/api/typical-cases/nominations/" + id).statusCode()).isEqualTo(200);
        assertThat(get("chensiyuan", "/api/typical-cases/nominations/" + id).statusCode()).isEqualTo(200);
        assertThat(get("caogang", "/api/typical-cases/nominations/" + id).statusCode()).isEqualTo(404);
        assertThat(get("guolao", "/api/typical-cases/nominations/" + id).statusCode()).isEqualTo(404);

        // the booklet
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http().url(
                "/api/typical-cases/booklet.pdf"))).header("Authorization", Http.basic("guolao", "demo")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        String flat = text.replaceAll("\\s", "");
        assertThat(flat).contains("人民调解典型案例汇编", "王某诉李某排水纠纷" + marker, "王某与李某系东许村邻居", "克井镇")
                .doesNotContain("退回的案例" + marker, "王大山", "李小河", "13812341234");
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    /** A neighbour dispute of 张丽's committee concluded by an oral agreement. */
    JsonNode concludedCase() {
        JsonNode c = CaseRequests.register(http(), "zhangli", "demo", CaseRequests.neighbourDispute());
        String pid = c.get("processInstanceId").asText();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate").singleResult()
                .getId(), new HashMap<>(Map.of("mediationAction", "CONCLUDE", "outcome", "AGREEMENT_ORAL",
                "oralAgreementAllowed", true, "outcomeNotes", "双方当面达成口头协议。", "agreementTerms", "赔偿并道歉")));
        return c;
    }

    HttpResponse<String> nominate(String user, long caseId, String title, String writeUp) {
        ObjectNode body = JSON.createObjectNode().put("caseId", caseId).put("title", title).put("writeUp", writeUp);
        return post(user, "/api/typical-cases/nominations", body.toString());
    }

    HttpResponse<String> complete(String user, Task task, String decision, String opinion) {
        Map<String, Object> values = new HashMap<>();
        values.put("reviewDecision", decision);
        if (opinion != null) {
            values.put("reviewOpinion", opinion);
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((k, v) -> variables.putObject(k).putPOJO("value", v));
        return post(user, "/engine-rest/task/" + task.getId() + "/complete", body.toString());
    }

    HttpResponse<String> get(String user, String path) {
        return http().get(path, user, "demo");
    }

    HttpResponse<String> post(String user, String path, String json) {
        return http().post(path, user, "demo", json);
    }
}
