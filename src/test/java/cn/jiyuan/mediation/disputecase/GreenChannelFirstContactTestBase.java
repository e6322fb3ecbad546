package cn.jiyuan.mediation.disputecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * The green channel's first contact end to end (涉企绿色通道，第一时间受理、第一时间调处): an enterprise-related case
 * registered through {@code POST /api/cases} with the engine clock (which the platform's case dates follow) set to
 * a day of the State Council's 2026 notice, its first contact due by the end of the next working day (春节 and
 * 调休 counted), the noon reminder and the justice office's supervision with their timers fired at their due times,
 * the supervision task tried by the wrong users through /engine-rest and Tasklist, and a year without its holidays.
 */
@DemoPlatformTest
abstract class GreenChannelFirstContactTestBase {

    static final String KEJING = CaseRequests.KEJING;
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void reset() {
        AbstractAssertions.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------------------------------ helpers

    Http http() {
        return new Http(port);
    }

    /** A moment of Jiyuan's time (China Standard Time). */
    static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(CaseTime.ZONE).toInstant());
    }

    /** A contract dispute of an enterprise in 克井镇东许村: the triage sends it through the green channel. */
    JsonNode registerEnterpriseDispute() {
        ObjectNode body = CaseRequests.dispute().category("CONTRACT")
                .summary("东许村一家企业与供货商因货款结算发生纠纷，企业申请调解。").json();
        body.put("enterpriseRelated", true);
        JsonNode c = CaseRequests.created(CaseRequests.post(http(), "zhangli", "demo", body.toString(), null));
        assertThat(c.get("greenChannel").asBoolean()).isTrue();
        return c;
    }

    Task task(String pid, String key) {
        return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    }

    Job timer(String pid, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(pid).activityId(activityId).list();
        assertThat(jobs).as("timer " + activityId).hasSize(1);
        return jobs.get(0);
    }

    /** Moves the engine clock to the timer's due time and executes its job. */
    void fire(String pid, String activityId) {
        Job job = timer(pid, activityId);
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        management.executeJob(job.getId());
    }

    List<String> notes(long caseId) {
        return jdbc.queryForList("select note from case_status_history where case_id = ? order by changed_at, id",
                String.class, caseId);
    }

    static Map<String, Object> vars(Object... nameValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            vars.put((String) nameValues[i], nameValues[i + 1]);
        }
        return vars;
    }

    HttpResponse<String> send(String user, String method, String path, String body) {
        return http().send(HttpRequest.newBuilder(URI.create(http().url(path)))
                .header("Authorization", Http.basic(user, "demo")).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static String opinion(String text) {
        return "{\"variables\":{\"supervisionOpinion\":{\"value\":\"" + text + "\",\"type\":\"String\"}}}";
    }

    /** A refusal: 403 or 404, in Chinese, without engine codes or class names. */
    static void assertRefused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
        JsonNode problem = JSON.readTree(response.body());
        String message = problem.path("message").asText(problem.path("detail").asText());
        assertThat(message).as(response.body()).matches(".*\\p{IsHan}.*").doesNotContain("ENGINE-")
                .doesNotContain("Exception");
    }

    // ------------------------------------------------------------------------------------------ tests

    @Test
    void aCaseRegisteredOnTheEveOfSpringFestivalIsDueOnTheFirstWorkingDayAfterTheHolidayThenRemindedThenSupervised()
            throws Exception {
        // 除夕 2026 (16 February) lies in the holiday of 15 to 23 February: the next working day is 24 February
        ClockUtil.setCurrentTime(at("2026-02-16T10:00:00"));
        JsonNode c = registerEnterpriseDispute();
        long caseId = c.get("caseId").asLong();
        String pid = c.get("processInstanceId").asText();
        Task mediate = task(pid, "mediate");
        assertThat(mediate.getFollowUpDate()).isEqualTo(CaseTime.endOf(LocalDate.of(2026, 2, 24)));
        assertThat(mediate.getPriority()).isEqualTo(80);
        assertThat(notes(caseId).get(0)).contains("涉企绿色通道，须于2026-02-24（下一个工作日）当天结束前首次联系当事人")
                .doesNotContain("尚未录入");
        assertThat(timer(pid, "firstContactReminderTimer").getDuedate()).isEqualTo(at("2026-02-24T12:00:00"));

        fire(pid, "firstContactReminderTimer");
        mediate = task(pid, "mediate");
        assertThat(mediate.getPriority()).isEqualTo(90);
        assertThat(tasks.getTaskComments(mediate.getId())).extracting(Comment::getFullMessage).anySatisfy(m -> assertThat(m)
                .contains("涉企绿色通道案件须于今天（2026-02-24）结束前首次联系当事人"));
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n).startsWith("涉企绿色通道首次联系提醒"));
        BpmnAwareTests.assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult())
                .hasPassed("remindFirstContact").isWaitingAt("mediate", "firstContactDueTimer");
        assertThat(timer(pid, "firstContactDueTimer").getDuedate()).isEqualTo(CaseTime.endOf(LocalDate.of(2026, 2, 24)));

        fire(pid, "firstContactDueTimer");
        Task supervise = task(pid, "superviseFirstContact");
        BpmnAwareTests.assertThat(supervise).hasCandidateGroup("justice-office-" + KEJING);
        assertThat(supervise.getName()).startsWith("督办涉企绿色通道案件");
        assertThat(supervise.getPriority()).isEqualTo(90);
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n)
                .isEqualTo("涉企绿色通道案件未在2026-02-24（受理后的下一个工作日）结束前首次联系当事人，转司法所督办"));

        // 沁园's justice office and the case's own mediator may neither see nor work it, through any way in
        String path = "task/" + supervise.getId();
        for (String user : List.of("caogang", "zhangli")) {
            assertThat(JSON.readTree(send(user, "GET", "/engine-rest/task?processInstanceId=" + pid
                    + "&taskDefinitionKey=superviseFirstContact", null).body())).as(user).isEmpty();
            assertRefused(send(user, "POST", "/engine-rest/" + path + "/complete", opinion("越权督办")));
            assertRefused(send(user, "POST", "/engine-rest/" + path + "/submit-form", opinion("越权督办")));
            WebappSession tasklist = WebappSession.login(port, "tasklist", user, "demo");
            assertThat(tasklist.loggedIn()).isTrue();
            assertRefused(tasklist.get(WebappSession.engine(path + "/form-variables")));
            assertRefused(tasklist.post(WebappSession.engine(path + "/submit-form"), opinion("越权督办")));
            assertRefused(tasklist.post(WebappSession.engine(path + "/claim"), "{\"userId\":\"" + user + "\"}"));
        }
        assertThat(task(pid, "superviseFirstContact")).as("still open").isNotNull();
        assertThat(notes(caseId)).noneSatisfy(n -> assertThat(n).contains("越权督办"));

        // 克井's justice office works it in Tasklist: an opinion is required, then recorded
        WebappSession chen = WebappSession.login(port, "tasklist", "chensiyuan", "demo");
        assertThat(JSON.readTree(chen.get(WebappSession.engine(path + "/form-variables")).body())
                .path("caseNumber").path("value").asText()).isEqualTo(c.get("caseNumber").asText());
        assertThat(chen.post(WebappSession.engine(path + "/submit-form"), opinion(" ")).statusCode()).isEqualTo(400);
        HttpResponse<String> done = chen.post(WebappSession.engine(path + "/submit-form"), opinion("请今天联系企业并记录"));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
        assertThat(notes(caseId)).contains("司法所督办涉企绿色通道案件：请今天联系企业并记录");
        assertThat(runtime.getVariable(pid, "supervisionOpinion")).isNull();

        tasks.complete(task(pid, "mediate").getId(), vars("mediationAction", "CONCLUDE", "outcome", "WITHDRAWN",
                "outcomeNotes", "企业撤回申请。"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    }

    @Test
    void aCaseRegisteredTheFridayBeforeAMakeUpSaturdayIsDueThatSaturdayAndAPhoneCallIsItsFirstContact() {
        // Saturday 14 February 2026 was worked (春节调休): it is the next working day after Friday the 13th
        ClockUtil.setCurrentTime(at("2026-02-13T15:00:00"));
        JsonNode c = registerEnterpriseDispute();
        long caseId = c.get("caseId").asLong();
        String pid = c.get("processInstanceId").asText();
        assertThat(task(pid, "mediate").getFollowUpDate()).isEqualTo(CaseTime.endOf(LocalDate.of(2026, 2, 14)));
        assertThat(timer(pid, "firstContactReminderTimer").getDuedate()).isEqualTo(at("2026-02-14T12:00:00"));

        // the mediator phones the company on Saturday morning and records it
        ClockUtil.setCurrentTime(at("2026-02-14T09:30:00"));
        tasks.complete(task(pid, "mediate").getId(), vars("mediationAction", "CONTINUE", "sessionMode", "PHONE",
                "sessionNotes", "电话联系企业负责人，约定周二面谈。"));
        fire(pid, "firstContactReminderTimer");
        BpmnAwareTests.assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult())
                .hasPassed("remindFirstContact", "firstContactMadeByNoon").isWaitingAt("mediate")
                .hasNotPassed("firstContactDueTimer");
        assertThat(notes(caseId)).noneSatisfy(n -> assertThat(n).startsWith("涉企绿色通道首次联系提醒"));
        Task mediate = task(pid, "mediate");
        assertThat(mediate.getPriority()).as("not raised").isEqualTo(80);
        assertThat(mediate.getFollowUpDate()).as("the first contact is made").isNull();
        assertThat(runtime.getVariable(pid, "startBy")).isNull();
        // concluded, so that no case of a past day is left open (overdue) for the other tests' counts
        tasks.complete(mediate.getId(), vars("mediationAction", "CONCLUDE", "outcome", "WITHDRAWN",
                "outcomeNotes", "企业撤回申请。"));
    }

    @Test
    void aCaseOfAYearWithoutItsHolidaysCountsMondayToFridayAndItsHistorySaysSo() {
        // nobody has entered 2039's holidays: Friday 17 June 2039 → Monday 20 June, with a note on the case
        ClockUtil.setCurrentTime(at("2039-06-17T10:00:00"));
        JsonNode c = registerEnterpriseDispute();
        String pid = c.get("processInstanceId").asText();
        assertThat(task(pid, "mediate").getFollowUpDate()).isEqualTo(CaseTime.endOf(LocalDate.of(2039, 6, 20)));
        assertThat(notes(c.get("caseId").asLong()).get(0)).contains("须于2039-06-20（下一个工作日）",
                "2039年节假日安排尚未录入，暂按周一至周五计算");
        tasks.complete(task(pid, "mediate").getId(), vars("mediationAction", "CONCLUDE", "outcome", "WITHDRAWN",
                "outcomeNotes", "企业撤回申请。"));
    }
}
