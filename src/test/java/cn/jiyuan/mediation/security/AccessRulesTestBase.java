package cn.jiyuan.mediation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.OrganizationChangedEvent;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * Every rule of access (README "安全与个人信息保护"), called as the wrong user through each way in: HTTP Basic on
 * /engine-rest and /api, and a logged-in Tasklist, Cockpit or Admin session on the webapps' APIs. Allowed calls
 * answer 2xx with only the caller's data; forbidden ones 403 or 404 in Chinese, and nothing changes.
 */
abstract class AccessRulesTestBase extends SecurityTestBase {

    static final List<String> PLATFORM_ONLY = List.of("dispute-case", "early-warning", "screening-report",
            "screening-schedule", "semiannual-round", "semiannual-summary", "monthly-schedule", "monthly-report",
            "typical-case", "case-referral");

    @Autowired
    RepositoryService repository;
    @Autowired
    OrganizationRepository registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    IdentityService identity;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    // ------------------------------------------------------------------ the case a process works on

    @Test
    void aMediatorCannotPointHerTaskAtAnotherCase() {
        Case own = kejingCase();
        Case other = qinyuanCase();
        String otherStatus = caseStatus(other.id());

        // a variable update, through /engine-rest and through Tasklist
        assertRefused(send("zhangli", "PUT", "/engine-rest/task/" + own.taskId() + "/variables/caseId",
                "{\"value\":" + other.id() + ",\"type\":\"Long\"}"));
        WebappSession tasklist = webapp("tasklist", "zhangli");
        assertRefused(tasklist.put(WebappSession.engine("task/" + own.taskId() + "/variables/caseId"),
                "{\"value\":" + other.id() + ",\"type\":\"Long\"}"));
        assertRefused(tasklist.post(WebappSession.engine("task/" + own.taskId() + "/localVariables"),
                "{\"modifications\":{\"caseId\":{\"value\":" + other.id() + "}}}"));

        // identity and routing variables among the completion variables
        for (String variable : List.of("caseId", "committeeCode", "candidateGroup", "townCode", "riskLevel",
                "agreementId", "mediator", "deadline")) {
            String body = submission(Map.of(variable, other.id(), "mediationAction", "CONTINUE",
                    "sessionMode", "FACE_TO_FACE", "sessionNotes", "第一次调解"));
            HttpResponse<String> rest = post("zhangli", "/engine-rest/task/" + own.taskId() + "/complete", body);
            assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
            assertChineseProblem(rest);
            assertThat(json(rest).path("message").asText()).contains(variable);
            HttpResponse<String> form = tasklist.post(WebappSession.engine("task/" + own.taskId() + "/submit-form"),
                    body);
            assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
        }
        assertThat(tasks.createTaskQuery().taskId(own.taskId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(runtime.getVariable(own.processInstanceId(), "caseId")).isEqualTo(own.id());
        assertThat(sessions(other.id())).isZero();
        assertThat(sessions(own.id())).isZero();
        assertThat(caseStatus(other.id())).isEqualTo(otherStatus);
    }

    @Test
    void delegatesActOnTheCaseOfTheBusinessKeyWhateverAVariableSays() {
        Case own = kejingCase();
        Case other = qinyuanCase();
        // only an administrator may change a variable (Cockpit); even then the process keeps its case
        HttpResponse<String> changed = send("admin", "PUT",
                "/engine-rest/process-instance/" + own.processInstanceId() + "/variables/caseId",
                "{\"value\":" + other.id() + ",\"type\":\"Long\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        HttpResponse<String> done = post("zhangli", "/engine-rest/task/" + own.taskId() + "/submit-form",
                submission(Map.of("mediationAction", "CONTINUE", "sessionMode", "FACE_TO_FACE",
                        "sessionNotes", "第一次调解", "caseSummary", "浏览器送回的只读摘要", "caseNumber", other.number())));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(sessions(own.id())).isEqualTo(1);
        assertThat(sessions(other.id())).isZero();
        assertThat(runtime.getVariable(own.processInstanceId(), "caseSummary")).as("read-only field dropped").isNull();
        assertThat(runtime.getVariable(own.processInstanceId(), "caseNumber")).as("read-only field dropped")
                .isEqualTo(own.number());
    }

    // ------------------------------------------------------------------ who starts what

    @Test
    void processesOnlyThePlatformStartsCannotBeStartedByAnyUserThroughAnyWayIn() {
        Case any = kejingCase();
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        String body = "{\"variables\":{\"caseId\":{\"value\":" + any.id() + ",\"type\":\"Long\"},"
                + "\"caseNumber\":{\"value\":\"" + any.number() + "\"},\"townCode\":{\"value\":\"" + KEJING + "\"}}}";
        for (String user : List.of("zhangli", "chensiyuan", "zhaojiceng", "admin")) {
            WebappSession tasklist = webapp("tasklist", user);
            for (String key : PLATFORM_ONLY) {
                for (String action : List.of("start", "submit-form")) {
                    String path = "process-definition/key/" + key + "/" + action;
                    assertRefused(post(user, "/engine-rest/" + path, body));
                    assertRefused(tasklist.post(WebappSession.engine(path), body));
                }
                String id = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                        .singleResult().getId();
                assertRefused(post(user, "/engine-rest/process-definition/" + id + "/start", body));
                assertRefused(post(user, "/engine-rest/engine/default/process-definition/" + id + "/start", body));
            }
            for (String correlation : List.of("message", "signal", "condition")) {
                String payload = "{\"messageName\":\"screeningScheduleCatchUp\",\"name\":\"x\","
                        + "\"processVariables\":{\"screeningDate\":{\"value\":\"2026-01-05\"}}}";
                assertRefused(post(user, "/engine-rest/" + correlation, payload));
                assertRefused(tasklist.post(WebappSession.engine(correlation), payload));
            }
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void eachRoleIsOfferedAndMayStartOnlyItsOwnProcesses() {
        Map<String, List<String>> startable = Map.of(
                "zhangli", List.of("case-intake"),
                "sunzhengxin", List.of("case-intake"),
                "chensiyuan", List.of("case-intake", "screening-campaign", "situation-report"),
                "zhaojiceng", List.of("case-intake", "screening-campaign", "staffing-review", "situation-report"));
        String query = "process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true";
        startable.forEach((user, keys) -> {
            assertThat(ids(get(user, "/engine-rest/" + query), "key")).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(ids(webapp("tasklist", user).get(WebappSession.engine(query)), "key"))
                    .containsExactlyInAnyOrderElementsOf(keys);
        });
        long campaigns = runtime.createProcessInstanceQuery().processDefinitionKey("screening-campaign").count();
        long reviews = runtime.createProcessInstanceQuery().processDefinitionKey("staffing-review").count();
        assertRefused(post("zhangli", "/engine-rest/process-definition/key/screening-campaign/submit-form",
                submission(Map.of("topic", "专项排查", "scope", "CITY", "dueDate", "2027-12-01"))));
        for (String user : List.of("zhangli", "chensiyuan")) {
            assertRefused(post(user, "/engine-rest/process-definition/key/staffing-review/submit-form",
                    submission(Map.of("reviewNote", "核查"))));
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("screening-campaign").count())
                .isEqualTo(campaigns);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("staffing-review").count())
                .isEqualTo(reviews);
    }

    @Test
    void theStartDialogOffersAVillageMediatorOnlyTheIntakeAndNobodyAProcessOnlyThePlatformStarts() {
        // the query of Tasklist's 发起流程 dialog
        String query = "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true"
                + "&latestVersion=true";
        assertThat(ids(get("zhangli", query), "key")).containsExactly("case-intake");
        assertThat(ids(get("zhangli", query), "name")).containsExactly("案件受理登记（来访、12348热线、排查发现）");
        // the grassroots section starts the screening campaign and the staffing review, the city centre neither
        assertThat(ids(get("zhaojiceng", query), "key")).contains("screening-campaign");
        assertThat(ids(get("sunzhengxin", query), "key")).doesNotContain("screening-campaign");
        // an administrator may start anything, yet is not offered 例行排查 (a timer) or 排查报告 (started per unit)
        List<String> offeredToAdmin = ids(get("admin", query), "key");
        assertThat(offeredToAdmin).contains("case-intake", "screening-campaign", "staffing-review")
                .doesNotContainAnyElementsOf(PLATFORM_ONLY);
        assertThat(ids(webapp("tasklist", "admin").get(WebappSession.engine(query.substring("/engine-rest/".length()))),
                "key")).containsExactlyInAnyOrderElementsOf(offeredToAdmin);
    }

    @Test
    void casesAreRegisteredOnlyWhereTheRegistrarWorks() {
        long cases = count("select count(*) from case_file");
        HttpResponse<String> api = post("zhangli", "/api/cases",
                dispute(QINYUAN, QINYUAN_COMMUNITY, "13700001111", null).toString());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(403);
        assertThat(json(api).path("detail").asText()).contains("克井镇");
        assertThat(post("songyu", "/api/cases", dispute(KEJING, DONGXU, "13700001112", null).toString())
                .statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from case_file")).isEqualTo(cases);

        // the same rule in the Tasklist intake form: only her towns are offered, another is refused naming the field
        long intakes = runtime.createProcessInstanceQuery().processDefinitionKey("case-intake").count();
        WebappSession tasklist = webapp("tasklist", "zhangli");
        HttpResponse<String> started = tasklist.post(WebappSession.engine(
                "process-definition/key/case-intake/submit-form"), submission(Map.ofEntries(
                Map.entry("channel", "WALK_IN"), Map.entry("category", "NEIGHBOR"),
                Map.entry("summary", "邻里排水纠纷"), Map.entry("townCode", QINYUAN),
                Map.entry("villageCode", QINYUAN_COMMUNITY), Map.entry("applicantName", "赵一"),
                Map.entry("applicantPhone", "13700001113"), Map.entry("respondentName", "钱二"),
                Map.entry("respondentPhone", "13700001114"), Map.entry("peopleInvolved", 2))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
        assertChineseProblem(started);
        assertThat(json(started).path("message").asText()).contains("镇(街道)").contains("不在您可选的范围内");
        assertThat(count("select count(*) from case_file")).isEqualTo(cases);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("case-intake").count()).isEqualTo(intakes);
    }

    // ------------------------------------------------------------------ who reads what

    @Test
    void aJusticeOfficeReadsItsOwnTownOnlyInEveryView() {
        Case kejing = kejingCase();
        Case qinyuan = qinyuanCase();
        for (String[] office : new String[][] {{"caogang", qinyuan.processInstanceId(), kejing.processInstanceId()},
                {"chensiyuan", kejing.processInstanceId(), qinyuan.processInstanceId()}}) {
            String user = office[0];
            String own = office[1];
            String foreign = office[2];
            assertThat(ids(get(user, "/engine-rest/process-instance?processDefinitionKey=dispute-case"), "id"))
                    .contains(own).doesNotContain(foreign);
            assertThat(ids(get(user, "/engine-rest/history/process-instance?processDefinitionKey=dispute-case"), "id"))
                    .contains(own).doesNotContain(foreign);
            assertThat(ids(get(user, "/engine-rest/task?processDefinitionKey=dispute-case"), "processInstanceId"))
                    .contains(own).doesNotContain(foreign);
            assertThat(ids(get(user, "/engine-rest/history/variable-instance?processInstanceId=" + foreign), "id"))
                    .isEmpty();
            assertThat(ids(get(user, "/engine-rest/variable-instance?processInstanceIdIn=" + foreign), "id"))
                    .isEmpty();
            assertRefused(get(user, "/engine-rest/process-instance/" + foreign + "/variables"));

            WebappSession cockpit = webapp("cockpit", user);
            for (String instance : List.of(own, foreign)) {
                String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                        .getProcessDefinitionId();
                HttpResponse<String> list = cockpit.post(
                        "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=100000",
                        "{\"processDefinitionId\":\"" + definition + "\"}");
                if (instance.equals(own)) {
                    assertThat(ids(list, "id")).as("Cockpit list of " + definition).contains(own);
                } else {
                    assertThat(ids(list, "id")).as("Cockpit list of " + definition).doesNotContain(foreign);
                }
            }
            assertThat(ids(cockpit.get(WebappSession.engine("history/process-instance?processDefinitionKey="
                    + "dispute-case")), "id")).contains(own).doesNotContain(foreign);
        }
        assertRefused(get("caogang", "/engine-rest/task/" + kejing.taskId() + "/form-variables"));
        assertRefused(get("caogang", "/api/cases/" + kejing.id()));
        assertRefused(get("chensiyuan", "/api/cases/" + qinyuan.id()));
    }

    @Test
    void aMediatorReadsAndWorksOnlyHerCommitteesTasks() {
        Case own = kejingCase();
        Case other = qinyuanCase();
        assertThat(ids(get("zhangli", "/engine-rest/task"), "id")).contains(own.taskId()).doesNotContain(other.taskId());
        assertThat(ids(get("zhangli", "/engine-rest/process-instance"), "id")).isEmpty();
        assertThat(ids(get("zhangli", "/engine-rest/history/process-instance"), "id")).isEmpty();
        assertThat(ids(get("zhangli", "/engine-rest/history/variable-instance"), "id")).isEmpty();
        assertRefused(get("zhangli", "/api/cases/" + other.id()));
        assertRefused(get("zhangli", "/api/cases/" + enc(other.number())));
        assertRefused(get("zhangli", "/api/cases/" + other.id() + "/file"));
        assertRefused(get("zhangli", "/api/cases/" + other.id() + "/mails"));

        // another committee's mediator cannot claim, complete or read it, through either way in
        WebappSession songyu = webapp("tasklist", "songyu");
        assertRefused(post("songyu", "/engine-rest/task/" + own.taskId() + "/claim", "{\"userId\":\"songyu\"}"));
        assertRefused(songyu.post(WebappSession.engine("task/" + own.taskId() + "/claim"), "{\"userId\":\"songyu\"}"));
        assertRefused(songyu.post(WebappSession.engine("task/" + own.taskId() + "/submit-form"),
                submission(Map.of("mediationAction", "CONTINUE", "sessionMode", "PHONE", "sessionNotes", "电话"))));
        assertRefused(songyu.get(WebappSession.engine("task/" + own.taskId() + "/form-variables")));
        assertThat(tasks.createTaskQuery().taskId(own.taskId()).singleResult().getAssignee()).isNull();
        assertThat(sessions(own.id())).isZero();

        // her own: claim and read
        assertThat(post("zhangli", "/engine-rest/task/" + own.taskId() + "/claim", "{\"userId\":\"zhangli\"}")
                .statusCode()).isEqualTo(204);
        assertThat(get("zhangli", "/api/cases/" + own.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void theCitySeesEveryTown() {
        Case kejing = kejingCase();
        Case qinyuan = qinyuanCase();
        for (String user : List.of("zhaojiceng", "sunzhengxin")) {
            assertThat(ids(get(user, "/engine-rest/process-instance?processDefinitionKey=dispute-case"), "id"))
                    .contains(kejing.processInstanceId(), qinyuan.processInstanceId());
            assertThat(get(user, "/api/cases/" + kejing.id()).statusCode()).isEqualTo(200);
            assertThat(get(user, "/api/cases/" + qinyuan.id()).statusCode()).isEqualTo(200);
        }
    }

    // ------------------------------------------------------------------ personal data shown

    @Test
    void partiesAreShownInFullOnlyToThoseWhoHandleOrSuperviseTheCase() {
        Case c = kejingCase();
        for (String user : List.of("zhangli", "wangjun", "chensiyuan", "zhaojiceng")) {
            JsonNode applicant = json(get(user, "/api/cases/" + c.id())).path("parties").get(0);
            assertThat(applicant.path("phone").asText()).as(user).isEqualTo(c.applicantPhone());
            assertThat(applicant.path("idNumber").asText()).as(user).isEqualTo(c.applicantIdNumber());
            assertThat(applicant.path("name").asText()).as(user).isEqualTo("王大山");
        }
        JsonNode masked = json(get("admin", "/api/cases/" + c.id())).path("parties").get(0);
        assertThat(masked.path("phone").asText()).isEqualTo(c.applicantPhone().substring(0, 3) + "****"
                + c.applicantPhone().substring(7));
        assertThat(masked.path("idNumber").asText()).contains("********");
        assertThat(masked.path("name").asText()).isEqualTo("王某");
        assertThat(get("admin", "/api/cases/" + c.id() + "/file").statusCode()).isEqualTo(403);

        // the task's case summary: built when the form opens, full for the committee, masked for an administrator
        String full = json(get("zhangli", "/engine-rest/task/" + c.taskId() + "/form-variables"))
                .path("caseSummary").path("value").asText();
        assertThat(full).contains("王大山", c.applicantPhone());
        String tasklistView = json(webapp("tasklist", "zhangli").get(WebappSession.engine("task/" + c.taskId()
                + "/form-variables"))).path("caseSummary").path("value").asText();
        assertThat(tasklistView).isEqualTo(full);
        String adminView = json(get("admin", "/engine-rest/task/" + c.taskId() + "/form-variables"))
                .path("caseSummary").path("value").asText();
        assertThat(adminView).contains("王某").doesNotContain("王大山").doesNotContain(c.applicantPhone());
        assertThat(tasks.getVariableLocal(c.taskId(), "caseSummary")).as("never stored").isNull();

        // a registrar who does not handle the case (an industry committee's hotline) reads it masked, no documents
        Case registered = register("wujiaotong", KEJING, DONGXU);
        JsonNode registrarView = json(get("wujiaotong", "/api/cases/" + registered.id())).path("parties").get(0);
        assertThat(registrarView.path("phone").asText()).contains("****");
        assertThat(get("wujiaotong", "/api/cases/" + registered.id() + "/file").statusCode()).isEqualTo(403);
        assertThat(get("wujiaotong", "/api/cases/" + registered.id() + "/documents/1").statusCode()).isEqualTo(403);
    }

    @Test
    void usersAndGroupsAreVisibleOnlyWithinTheirScope() {
        assertThat(ids(get("zhangli", "/engine-rest/user"), "id")).containsExactlyInAnyOrder("zhangli", "wangjun");
        assertThat(ids(get("zhangli", "/engine-rest/group"), "id")).containsExactly("committee-VC419001100201");
        assertThat(ids(get("chensiyuan", "/engine-rest/user"), "id"))
                .contains("chensiyuan", "zhangli", "wangjun", "liuyang").doesNotContain("songyu", "caogang", "admin");
        assertThat(ids(get("zhaojiceng", "/engine-rest/user"), "id")).contains("songyu", "zhangli", "caogang");
    }

    // ------------------------------------------------------------------ scope follows the registry and the case

    @Test
    void aMediatorWhoMovesCommitteeTakesHerNewScopeAlong() {
        Case kejing = kejingCase();
        Case qinyuan = qinyuanCase();
        String login = "move" + (System.nanoTime() % 100000);
        Person person = new Person("P-" + login, "调动测试", "F", ForceType.MEDIATOR, true, "VC419001100201",
                CommitteeRole.MEMBER, null, null, login + "@jiyuan.example", login, List.of());
        registry.save(person);
        events.publishEvent(new OrganizationChangedEvent(1));
        User user = identity.createUserQuery().userId(login).singleResult();
        user.setPassword(DEMO);
        identity.saveUser(user);
        assertThat(ids(http().get("/engine-rest/task", login, DEMO), "id")).contains(kejing.taskId())
                .doesNotContain(qinyuan.taskId());

        registry.save(new Person(person.code(), person.name(), "F", ForceType.MEDIATOR, true, "VC419001001001",
                CommitteeRole.MEMBER, null, null, person.email(), login, List.of()));
        events.publishEvent(new OrganizationChangedEvent(1));
        assertThat(ids(http().get("/engine-rest/task", login, DEMO), "id")).contains(qinyuan.taskId())
                .doesNotContain(kejing.taskId());
        assertThat(http().get("/api/cases/" + kejing.id(), login, DEMO).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + qinyuan.id(), login, DEMO).statusCode()).isEqualTo(200);
    }

    @Test
    void aCaseHandedOverIsWorkedByTheNewCommitteeOnly() {
        Case c = kejingCase();
        HttpResponse<String> handedOver = post("zhangli", "/engine-rest/task/" + c.taskId() + "/submit-form",
                submission(Map.of("mediationAction", "HAND_OVER", "handOverReason", "涉及多个村，移交镇调委会")));
        assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(204);
        String next = tasks.createTaskQuery().processInstanceId(c.processInstanceId()).taskDefinitionKey("mediate")
                .singleResult().getId();
        assertThat(ids(get("liuyang", "/engine-rest/task"), "id")).contains(next);
        assertThat(ids(get("zhangli", "/engine-rest/task"), "id")).doesNotContain(next);
        assertThat(json(get("liuyang", "/api/cases/" + c.id())).path("parties").get(0).path("phone").asText())
                .isEqualTo(c.applicantPhone());
        assertRefused(post("zhangli", "/engine-rest/task/" + next + "/claim", "{\"userId\":\"zhangli\"}"));
    }

    // ------------------------------------------------------------------ administration

    @Test
    void onlyAdministratorsAdministerTheEngine() {
        Case c = kejingCase();
        // the Admin webapp itself is closed to them
        for (String user : List.of("zhangli", "chensiyuan", "zhaojiceng")) {
            assertThat(WebappSession.login(port, "admin", user, DEMO).loggedIn()).as(user + " in Admin").isFalse();
        }
        long authorizations = count("select count(*) from ACT_RU_AUTHORIZATION");
        long users = count("select count(*) from ACT_ID_USER");
        // the case's own level (the risk table's, which changes with the rules and the day), not the one the calls try
        Object riskLevel = runtime.getVariable(c.processInstanceId(), "riskLevel");
        assertThat(riskLevel).isNotEqualTo("CRITICAL");
        for (String user : List.of("zhangli", "chensiyuan", "zhaojiceng")) {
            WebappSession admin = webapp("tasklist", user);
            for (String[] call : new String[][] {
                    {"POST", "deployment/create", "{}"},
                    {"POST", "user/create", "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"},
                    {"POST", "group/create", "{\"id\":\"intruders\",\"name\":\"x\"}"},
                    {"POST", "authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + user
                            + "\",\"resourceType\":8,\"resourceId\":\"*\"}"},
                    {"PUT", "user/wangjun/credentials", "{\"password\":\"x\",\"authenticatedUserPassword\":\"demo\"}"},
                    {"PUT", "user/" + user + "/profile", "{\"id\":\"" + user + "\",\"firstName\":\"x\"}"},
                    {"POST", "process-instance/" + c.processInstanceId() + "/variables",
                            "{\"modifications\":{\"riskLevel\":{\"value\":\"CRITICAL\"}}}"},
                    {"POST", "process-instance/" + c.processInstanceId() + "/modification", "{\"instructions\":[]}"},
                    {"DELETE", "process-instance/" + c.processInstanceId(), null},
                    {"POST", "job/retries", "{\"retries\":1,\"processInstances\":[\"" + c.processInstanceId() + "\"]}"},
                    {"POST", "filter/create", "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}"}}) {
                assertRefused(send(user, call[0], "/engine-rest/" + call[1], call[2]));
                HttpResponse<String> viaWebapp = call[0].equals("POST") ? admin.post(WebappSession.engine(call[1]), call[2])
                        : call[0].equals("PUT") ? admin.put(WebappSession.engine(call[1]), call[2]) : null;
                if (viaWebapp != null) {
                    assertRefused(viaWebapp);
                }
            }
        }
        assertThat(count("select count(*) from ACT_RU_AUTHORIZATION")).isEqualTo(authorizations);
        assertThat(count("select count(*) from ACT_ID_USER")).isEqualTo(users);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(c.processInstanceId(), "riskLevel")).isEqualTo(riskLevel);
    }

    @Test
    void aFailedJobIsRetriedOnlyWithinTheSupervisorsTown() {
        // a dispute that threatens violence is warned by e-mail: its mail jobs belong to 克井镇's tenant
        var body = dispute(KEJING, DONGXU, "13700003333", null);
        body.putArray("riskIndicators").add("VIOLENCE_THREAT");
        HttpResponse<String> created = post("zhangli", "/api/cases", body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = json(created).path("caseNumber").asText();
        String warning = runtime.createProcessInstanceQuery().processDefinitionKey("early-warning")
                .processInstanceBusinessKey(number).singleResult().getId();
        var job = management.createJobQuery().processInstanceId(warning).list().stream().findFirst().orElseThrow();
        management.setJobRetries(job.getId(), 0);
        String retry = "{\"retries\":1}";
        assertRefused(send("caogang", "PUT", "/engine-rest/job/" + job.getId() + "/retries", retry));
        assertRefused(send("zhangli", "PUT", "/engine-rest/job/" + job.getId() + "/retries", retry));
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        HttpResponse<String> own = send("chensiyuan", "PUT", "/engine-rest/job/" + job.getId() + "/retries", retry);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
    }

    @Test
    void engineErrorsReachUsersInChinese() {
        HttpResponse<String> unknown = post("zhangli", "/engine-rest/task/no-such-task/claim", "{\"userId\":\"zhangli\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertChineseProblem(unknown);
        Case c = kejingCase();
        HttpResponse<String> invalid = post("zhangli", "/engine-rest/task/" + c.taskId() + "/submit-form",
                submission(Map.of("mediationAction", "EXTEND", "extensionDays", 5)));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(json(invalid).path("message").asText()).isEqualTo("延长调解期限须经双方当事人同意");
    }
}
