package cn.jiyuan.mediation.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * 推荐为典型案例 from the case page, and the page 典型案例, through real HTTP with Tasklist's session: the form only on a
 * concluded case the user handles; the form post refused without the page's token, from another site, and for who
 * does not handle the case; a missing title named beside its field in Chinese; the status after nominating (the
 * anonymised text), after each review, after a return (with the form again); the published list and its booklet.
 * Shares the context of the other {@code @OnH2} tests.
 */
@DemoPlatformTest
@OnH2
class NominationPageOnH2Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QINYUAN = "419001001";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String WRITE_UP = "王大山与李小河系东许村邻居，因院墙排水多次争吵。\n调解员联系王大山（电话13812341234），"
            + "释法明理，双方达成口头协议，李小河赔偿2000元。";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMediatorNominatesAConcludedCaseFromItsPageAndFollowsItToThePublishedList() {
        // (in Chinese characters only: the pages are checked for Latin letters)
        String marker = UUID.randomUUID().toString().substring(0, 6).chars()
                .mapToObj(ch -> String.valueOf("零一二三四五六七八九甲乙丙丁戊己".charAt(Character.digit(ch, 16))))
                .reduce("", String::concat);
        long caseId = concludedCase();
        long open = CaseRequests.register(new Http(port), "zhangli", "demo", CaseRequests.neighbourDispute())
                .get("caseId").asLong();
        WebappSession zhangli = tasklist("zhangli");

        // the form: on the concluded case she handles, not on an open one
        HttpResponse<String> page = zhangli.getWithoutReferer("/cases/" + caseId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("推荐为典型案例", ">标题</label>", ">案例简介</label>", "提交推荐",
                "action=\"/cases/" + caseId + "/typical-case\"", "method=\"post\"");
        String token = token(page);
        assertThat(zhangli.getWithoutReferer("/cases/" + open).body()).doesNotContain("推荐为典型案例", "提交推荐");
        // the administrator reads the case (masked) but does not handle it: no form
        assertThat(WebappSession.login(port, "tasklist", "admin", "admin-secret").getWithoutReferer("/cases/" + caseId)
                .body()).contains("您不办理此案").doesNotContain("提交推荐");

        // refused: without the page's token, from another site, by another committee (with a token of her own)
        Map<String, String> form = form(token, "王大山诉李小河排水纠纷" + marker, WRITE_UP);
        Map<String, String> noToken = new LinkedHashMap<>(form);
        noToken.remove("_csrf");
        assertThat(zhangli.submitForm(action(caseId), noToken, "/cases/" + caseId).statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = zhangli.submitForm(action(caseId), form, "/cases/" + caseId,
                "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("提交未被接受").doesNotContain("Whitelabel", "Forbidden");
        WebappSession songyu = tasklist("songyu");
        // (her token from a concluded case of her own committee, 沁园街道's)
        long hers = concludedCase("songyu", CaseRequests.dispute().place(QINYUAN, QINYUAN + "001").amount(3000).json());
        String songyuToken = token(songyu.getWithoutReferer("/cases/" + hers));
        HttpResponse<String> notHers = songyu.submitForm(action(caseId), form(songyuToken, "推荐" + marker, WRITE_UP),
                "/cases/" + caseId);
        assertThat(notHers.statusCode()).isEqualTo(404);
        assertThat(notHers.body()).contains("无法查看该案件").doesNotContain("王大山", "Whitelabel");
        assertThat(nominations(caseId)).isZero();

        // a missing title: named beside its field, in Chinese; what she wrote stays in the form
        HttpResponse<String> missing = zhangli.submitForm(action(caseId), form(token, "  ", WRITE_UP), "/cases/" + caseId);
        assertThat(missing.statusCode()).isEqualTo(400);
        String body = missing.body();
        assertThat(body).contains("推荐未提交，请按提示修改后再提交", "东许村邻居，因院墙排水多次争吵。");
        chineseOnly(body);
        int titleField = body.indexOf("id=\"nomination-title\"");
        int error = body.indexOf("请填写案例标题");
        assertThat(error).as("the message beside the title").isGreaterThan(titleField)
                .isLessThan(body.indexOf("id=\"nomination-writeup\""));
        assertThat(nominations(caseId)).isZero();

        // nominated: back on the case page, the anonymised text as the reviewers will read it
        HttpResponse<String> done = zhangli.submitForm(action(caseId), form(token, "王大山诉李小河排水纠纷" + marker,
                WRITE_UP), "/cases/" + caseId);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .contains("/cases/" + caseId + "?nominated"));
        HttpResponse<String> after = zhangli.getWithoutReferer("/cases/" + caseId + "?nominated=1");
        // (the case page itself shows the parties to who handles the case; the section only the anonymised text)
        String section = after.body().substring(after.body().indexOf("id=\"typical-case\""));
        assertThat(section).contains("已提交推荐，待司法所审核", "待司法所审核", "王某诉李某排水纠纷" + marker,
                "王某与李某系东许村邻居", "电话××").doesNotContain("提交推荐</button>", "13812341234", "王大山");
        chineseOnly(after.body());
        assertThat(nominations(caseId)).isOne();
        // recorded as writes through Tasklist: the nomination, and the refused attempts with their status
        assertThat(jdbc.queryForList("select status from audit_record where case_id = ? and user_id = 'zhangli'"
                + " and way_in = 'TASKLIST' and action = 'WRITE'", Integer.class, caseId)).containsExactlyInAnyOrder(403,
                403, 400, 303);
        // the form's address opened as a page (a reload, a bookmark) leads to the case page
        HttpResponse<String> opened = zhangli.getWithoutReferer(action(caseId));
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue("/cases/" + caseId + "#typical-case");
        // a second post (the form of an older page) is refused: the case is under review
        HttpResponse<String> again = zhangli.submitForm(action(caseId), form(token, "再次" + marker, "案情"), "/cases/" + caseId);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("该案件已被推荐为典型案例");
        assertThat(nominations(caseId)).isOne();

        // the reviews, as the page shows them
        JsonNode nomination = latest(caseId);
        review("chensiyuan", nomination, "ACCEPT", "案例典型，同意报送");
        assertThat(zhangli.getWithoutReferer("/cases/" + caseId).body()).contains("待基层科审核",
                "司法所同意推荐：案例典型，同意报送").doesNotContain("已提交推荐");
        review("zhaojiceng", nomination, "ACCEPT", null);
        assertThat(zhangli.getWithoutReferer("/cases/" + caseId).body()).contains("已发布", "基层科同意推荐",
                "href=\"/typical-cases\"");

        // the published list, for anyone logged in (here another committee's mediator)
        HttpResponse<String> list = songyu.getWithoutReferer("/typical-cases");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("典型案例", "王某诉李某排水纠纷" + marker, "邻里", "克井镇", "王某与李某系东许村邻居",
                "打印典型案例汇编", "href=\"/typical-cases/booklet.pdf\"").doesNotContain("王大山", "13812341234");
        chineseOnly(list.body());
        HttpResponse<String> booklet = songyu.getWithoutReferer("/typical-cases/booklet.pdf");
        assertThat(booklet.statusCode()).isEqualTo(200);
        assertThat(booklet.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(booklet.body()).startsWith("%PDF");
        assertThat(new Http(port).get("/typical-cases", null, null).statusCode()).isEqualTo(401);
        // the case list's header leads there
        assertThat(zhangli.getWithoutReferer("/cases").body()).contains("<a href=\"/typical-cases\"");
    }

    @Test
    void aReturnedNominationShowsTheReasonAndTheFormAgain() {
        long caseId = concludedCase();
        WebappSession wangjun = tasklist("wangjun");
        String token = token(wangjun.getWithoutReferer("/cases/" + caseId));
        assertThat(wangjun.submitForm(action(caseId), form(token, "排水纠纷", "双方系邻居。"), "/cases/" + caseId)
                .statusCode()).isEqualTo(303);
        review("chensiyuan", latest(caseId), "RETURN", "案情过于简单");
        String page = wangjun.getWithoutReferer("/cases/" + caseId).body();
        assertThat(page).contains("已退回", "司法所退回：案情过于简单", "上次推荐已退回", "提交推荐</button>");
    }

    // ------------------------------------------------------------------------------ helpers

    /** A neighbour dispute of 张丽's committee (克井镇东许村) concluded by an oral agreement. */
    long concludedCase() {
        return concludedCase("zhangli", CaseRequests.neighbourDispute());
    }

    long concludedCase(String registrar, ObjectNode dispute) {
        JsonNode c = CaseRequests.register(new Http(port), registrar, "demo", dispute);
        String pid = c.get("processInstanceId").asText();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate").singleResult()
                .getId(), new HashMap<>(Map.of("mediationAction", "CONCLUDE", "outcome", "AGREEMENT_ORAL",
                "oralAgreementAllowed", true, "outcomeNotes", "双方当面达成口头协议。", "agreementTerms", "赔偿并道歉")));
        return c.get("caseId").asLong();
    }

    /** What a reader sees of a page (its text and placeholders): Chinese only, no field name, no unfilled ${…}. */
    static void chineseOnly(String html) {
        String shown = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<title>.*?</title>", "")
                .replaceAll("placeholder=\"([^\"]*)\"", ">$1<").replaceAll("(?s)<[^>]*>", " ");
        assertThat(shown).doesNotContain("${").doesNotContainPattern("[A-Za-z]{2,}");
    }

    static String action(long caseId) {
        return "/cases/" + caseId + "/typical-case";
    }

    static Map<String, String> form(String token, String title, String writeUp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("title", title);
        form.put("writeUp", writeUp);
        return form;
    }

    static String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        if (m.find()) {
            return m.group(1);
        }
        throw new AssertionError("no form token on the page: " + page.body());
    }

    int nominations(long caseId) {
        return jdbc.queryForObject("select count(*) from typical_case where case_id = ?", Integer.class, caseId);
    }

    JsonNode latest(long caseId) {
        Map<String, Object> row = jdbc.queryForMap("select id, process_instance_id from typical_case where case_id = ?"
                + " order by id desc limit 1", caseId);
        return JSON.createObjectNode().put("id", ((Number) row.get("ID")).longValue())
                .put("processInstanceId", (String) row.get("PROCESS_INSTANCE_ID"));
    }

    void review(String user, JsonNode nomination, String decision, String opinion) {
        Task task = tasks.createTaskQuery().processInstanceId(nomination.get("processInstanceId").asText())
                .singleResult();
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("reviewDecision").put("value", decision);
        if (opinion != null) {
            variables.putObject("reviewOpinion").put("value", opinion);
        }
        HttpResponse<String> done = new Http(port).post("/engine-rest/task/" + task.getId() + "/complete", user, "demo",
                body.toString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    WebappSession tasklist(String user) {
        WebappSession session = WebappSession.login(port, "tasklist", user, "demo");
        assertThat(session.loggedIn()).as(user).isTrue();
        return session;
    }
}
