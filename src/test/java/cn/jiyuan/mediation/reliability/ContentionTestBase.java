package cn.jiyuan.mediation.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.platform.DatabaseFailures;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.MediationForms;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * Lost races answer 409 with a Chinese sentence saying what to do, never 500 with engine internals: twenty users
 * of one committee claim or complete the same mediation task at the same instant, through the engine REST API and
 * through Tasklist's engine API, from real threads over real HTTP; twenty intakes into one committee all succeed
 * with gapless numbers. Latencies are printed.
 */
@DemoPlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentionTestBase {

    static final int RACERS = 20;
    static final String PASSWORD = "Racer-2026-pw!";
    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyClaimsThroughTheEngineRestApiOneWinsTheOthersAre409() throws Exception {
        Task task = newMediationTask();
        List<String> racers = racers(task);
        List<Callable<HttpResponse<String>>> claims = new ArrayList<>();
        for (String racer : racers) {
            claims.add(() -> engineRest(racer, "task/" + task.getId() + "/claim", "{\"userId\":\"" + racer + "\"}"));
        }
        List<Race.Answer> answers = Race.run("claim through /engine-rest", claims);
        assertOneWinner(answers);
        String assignee = tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
        assertThat(racers).contains(assignee);
    }

    @Test
    void twentyClaimsThroughTasklistOneWinsTheOthersAre409() throws Exception {
        Task task = newMediationTask();
        List<Callable<HttpResponse<String>>> claims = new ArrayList<>();
        for (String racer : racers(task)) {
            WebappSession tasklist = WebappSession.login(port, "tasklist", racer, PASSWORD);
            assertThat(tasklist.loggedIn()).as(tasklist.loginResponse().body()).isTrue();
            claims.add(() -> tasklist.post(WebappSession.engine("task/" + task.getId() + "/claim"),
                    "{\"userId\":\"" + racer + "\"}"));
        }
        assertOneWinner(Race.run("claim through Tasklist", claims));
    }

    @Test
    void twentyCompletionsThroughTheEngineRestApiOneWinsTheOthersAre409() throws Exception {
        Task task = newMediationTask();
        String session = MediationForms.sessionAndContinue();
        List<Callable<HttpResponse<String>>> completions = new ArrayList<>();
        for (String racer : racers(task)) {
            completions.add(() -> engineRest(racer, "task/" + task.getId() + "/complete", session));
        }
        assertOneWinner(Race.run("complete through /engine-rest", completions));
        assertOneSessionRecorded(task);
    }

    @Test
    void twentyCompletionsThroughTasklistOneWinsTheOthersAre409() throws Exception {
        Task task = newMediationTask();
        String session = MediationForms.sessionAndContinue();
        List<Callable<HttpResponse<String>>> completions = new ArrayList<>();
        for (String racer : racers(task)) {
            WebappSession tasklist = WebappSession.login(port, "tasklist", racer, PASSWORD);
            assertThat(tasklist.loggedIn()).as(tasklist.loginResponse().body()).isTrue();
            completions.add(() -> tasklist.post(WebappSession.engine("task/" + task.getId() + "/submit-form"),
                    session));
        }
        assertOneWinner(Race.run("complete through Tasklist", completions));
        assertOneSessionRecorded(task);
    }

    @Test
    void twentyIntakesIntoOneCommitteeAllSucceedWithGaplessNumbers() throws Exception {
        List<Callable<HttpResponse<String>>> intakes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ObjectNode body = neighbourDispute("并发登记第" + i + "件");
            intakes.add(() -> post("zhangli", "demo", "/api/cases", body.toString()));
        }
        List<Race.Answer> answers = Race.run("intake into one committee", intakes);
        List<Integer> ours = new ArrayList<>();
        String committee = null;
        int year = 0;
        for (Race.Answer a : answers) {
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            JsonNode created = json.readTree(a.body());
            committee = created.get("committeeCode").asText();
            ours.add(jdbc.queryForObject("select sequence_no from case_file where id = ?", Integer.class,
                    created.get("caseId").asLong()));
            year = jdbc.queryForObject("select case_year from case_file where id = ?", Integer.class,
                    created.get("caseId").asLong());
        }
        assertThat(ours).doesNotHaveDuplicates().hasSize(RACERS);
        // the race gave out one unbroken run of numbers, and the counter stands at its end (other test classes
        // share this database and may remove cases of their own, so earlier numbers are not looked at)
        int first = ours.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(ours).containsExactlyInAnyOrderElementsOf(
                IntStream.range(first, first + RACERS).boxed().toList());
        assertThat(jdbc.queryForObject("select last_value from case_number_counter where committee_code = ? and"
                + " case_year = ?", Integer.class, committee, year)).isEqualTo(first + RACERS - 1);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Exactly one 204; every other answer a 409 problem in Chinese naming what to do, with no engine internals. */
    void assertOneWinner(List<Race.Answer> answers) throws IOException {
        assertThat(answers.stream().filter(a -> a.status() == 204).count())
                .as(answers.stream().map(a -> a.status() + " " + a.body()).toList().toString()).isEqualTo(1);
        for (Race.Answer a : answers) {
            if (a.status() == 204) {
                continue;
            }
            assertThat(a.status()).as(a.body()).isEqualTo(409);
            assertThat(a.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = json.readTree(a.body());
            assertThat(problem.get("detail").asText()).isEqualTo(DatabaseFailures.TASK_RACE_MESSAGE);
            // Tasklist shows "message"
            assertThat(problem.get("message").asText()).isEqualTo(DatabaseFailures.TASK_RACE_MESSAGE);
            assertThat(a.body()).doesNotContain("ENGINE-", "ACT_", "Exception\"", "TaskEntity", "revision");
        }
    }

    void assertOneSessionRecorded(Task task) {
        long caseId = ((Number) jdbc.queryForObject("select id from case_file where process_instance_id = ?",
                Long.class, task.getProcessInstanceId())).longValue();
        assertThat(jdbc.queryForObject("select count(*) from case_session where case_id = ?", Integer.class, caseId))
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    /** A new case's mediation task (调解), open to its committee's mediators. */
    Task newMediationTask() throws IOException {
        HttpResponse<String> created = post("zhangli", "demo", "/api/cases", neighbourDispute("抢办任务").toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String pid = json.readTree(created.body()).get("processInstanceId").asText();
        Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate").singleResult();
        assertThat(task).isNotNull();
        return task;
    }

    /** Twenty users of the task's candidate group (created once), each with their own password. */
    /** The racers are this class's own users: other test classes share the database and list a committee's users. */
    @AfterAll
    void removeRacers() {
        for (int i = 1; i <= RACERS; i++) {
            if (identity.createUserQuery().userId("racer" + i).count() > 0) {
                identity.deleteUser("racer" + i);
            }
        }
    }

    List<String> racers(Task task) {
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElseThrow();
        List<String> groups = identity.createGroupQuery().groupMember("zhangli").list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        assertThat(groups).contains(group);
        List<String> racers = new ArrayList<>();
        for (int i = 1; i <= RACERS; i++) {
            String id = "racer" + i;
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName("抢办" + i);
                user.setLastName("测试");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
            // a colleague of zhangli: the same groups (the committee's and the mediators' role, which opens Tasklist)
            for (String colleagueGroup : groups) {
                if (identity.createUserQuery().userId(id).memberOfGroup(colleagueGroup).count() == 0) {
                    identity.createMembership(id, colleagueGroup);
                }
            }
            racers.add(id);
        }
        return racers;
    }


    ObjectNode neighbourDispute(String summary) {
        return CaseRequests.dispute().summary("两家因院墙排水问题多次争吵（" + summary + "）。")
                .applicant("王大山", "13812341234", null).json();
    }

    HttpResponse<String> engineRest(String user, String path, String body) {
        return post(user, PASSWORD, "/engine-rest/" + path, body);
    }

    HttpResponse<String> post(String user, String password, String path, String body) {
        return new Http(port).post(path, user, password, body);
    }
}
