package cn.jiyuan.mediation.disputecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseEndedEvent;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseRiskRaisedEvent;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.EngineUser;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.MediationForms;

/**
 * Every path of process dispute-case after intake (mediation sessions, extension, hand-over, reminder and
 * overdue supervision, written and oral agreement, judicial confirmation, follow-up visits with rebound and
 * breach, no agreement with and without referral, withdrawal, closure) and process case-intake, with
 * camunda-bpm-assert; timers are driven by executing their jobs (ManagementService) with ClockUtil moved to
 * their due date. Also the agreement PDF and the case file over HTTP.
 */
@DemoPlatformTest
@RecordApplicationEvents
abstract class MediationLifecycleTestBase {

    static final String KEJING = CaseRequests.KEJING;
    static final String DONGXU = CaseRequests.DONGXU;

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;
    @Autowired
    cn.jiyuan.mediation.intake.CaseIntakeService intakeService;
    @Autowired
    cn.jiyuan.mediation.intake.CaseIntakeValidation requestReader;

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

    static String idNumber(String first17) {
        return CaseRequests.idNumber(first17);
    }

    ObjectNode neighbourDispute() {
        return CaseRequests.neighbourDispute();
    }

    JsonNode intake(JsonNode body) {
        return CaseRequests.created(CaseRequests.post(http(), "zhangli", "demo", body.toString(), null));
    }

    JsonNode parse(String body) {
        return CaseRequests.parse(body);
    }

    ProcessInstance instance(String pid) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        if (running != null) {
            return running;
        }
        HistoricProcessInstance h = history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
        return (ProcessInstance) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessInstance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getId", "getProcessInstanceId", "getRootProcessInstanceId" -> h.getId();
                    case "getProcessDefinitionId" -> h.getProcessDefinitionId();
                    case "getBusinessKey" -> h.getBusinessKey();
                    case "isEnded" -> true;
                    case "isSuspended" -> false;
                    case "toString" -> "ended " + h.getId();
                    case "hashCode" -> h.getId().hashCode();
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    ProcessInstanceAssert assertProcess(String pid) {
        return BpmnAwareTests.assertThat(instance(pid));
    }

    Task task(String pid, String key) {
        return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    }

    /** Completes the only open task with the key (as the engine, like a Tasklist user without authorization checks). */
    void complete(String pid, String key, Object... nameValues) {
        Task task = task(pid, key);
        assertThat(task).as("open task " + key).isNotNull();
        tasks.complete(task.getId(), vars(nameValues));
    }

    /** Completes the task in this thread as the user with the groups: the engine checks that user's authorizations. */
    void completeAsUser(String user, List<String> groups, String pid, String key, Object... nameValues) {
        Task task = task(pid, key);
        assertThat(task).as("open task " + key).isNotNull();
        EngineUser.login(identityService, user, groups);
        try {
            tasks.complete(task.getId(), vars(nameValues));
        } finally {
            identityService.clearAuthentication();
        }
    }

    static Map<String, Object> vars(Object... nameValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            vars.put((String) nameValues[i], nameValues[i + 1]);
        }
        return vars;
    }

    /** Completes a task through the engine REST API as a Tasklist user would (variables as String/Boolean/Json). */
    void completeAs(String user, String taskId, Map<String, Object> variables) {
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach((name, value) -> {
            ObjectNode v = vars.putObject(name);
            if (value instanceof Boolean b) {
                v.put("value", b).put("type", "Boolean");
            } else if (value instanceof Integer n) {
                v.put("value", n).put("type", "Integer");
            } else if (value instanceof List<?> list) {
                v.put("value", json.valueToTree(list).toString()).put("type", "Json");
            } else {
                v.put("value", String.valueOf(value)).put("type", "String");
            }
        });
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(
                        URI.create(http().url("/engine-rest/task/" + taskId + "/complete")))
                .header("Authorization", Http.basic(user, "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
    }

    /** Moves the engine clock to the timer's due date and executes its job. */
    Job fire(String pid, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(pid).activityId(activityId).list();
        assertThat(jobs).as("timer " + activityId).hasSize(1);
        Job job = jobs.get(0);
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        management.executeJob(job.getId());
        return job;
    }

    Job timer(String pid, String activityId) {
        return management.createJobQuery().processInstanceId(pid).activityId(activityId).singleResult();
    }

    String status(long caseId) {
        return jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId);
    }

    List<String> notes(long caseId) {
        return jdbc.queryForList("select note from case_status_history where case_id = ? order by changed_at, id",
                String.class, caseId);
    }

    Object[] conclude(String outcome, Object... more) {
        Object[] base = {"mediationAction", "CONCLUDE", "outcome", outcome, "outcomeNotes", "经多次调解，双方意见如下。"};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    Object[] writtenAgreement(LocalDate performanceDeadline) {
        List<Object> parties = new java.util.ArrayList<>();
        MediationForms.agreementParties().forEach((name, value) -> {
            parties.add(name);
            parties.add(value);
        });
        return conclude("AGREEMENT_WRITTEN", java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "agreementFacts", "被申请人改建院墙时将排水沟引向申请人院内。",
                "agreementResponsibility", "被申请人负主要责任。", "agreementTerms",
                "1. 被申请人于期限内将排水沟改回原位置\n2. 申请人不再追究其他损失", "performanceMethod", "被申请人自行施工，申请人配合",
                "performanceDeadline", performanceDeadline.toString()), parties.stream()).toArray());
    }

    Object[] oralAgreement() {
        return conclude("AGREEMENT_ORAL", "oralAgreementAllowed", true, "agreementTerms", "被申请人当面道歉并清理排水沟");
    }

    static String badIdNumber() {
        String good = idNumber("41088119800315123");
        return good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    }

    long caseId(JsonNode c) {
        return c.get("caseId").asLong();
    }

    String pid(JsonNode c) {
        return c.get("processInstanceId").asText();
    }

    long ended(long caseId) {
        return events.stream(CaseEndedEvent.class).filter(e -> e.caseId() == caseId).count();
    }

    // ------------------------------------------------------------------------------------------ written agreement

    @Test
    void writtenAgreementWithSessionsPdfJudicialConfirmationAndThreeVisitsEndsClosed() throws Exception {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        String caseNumber = c.get("caseNumber").asText();
        assertProcess(pid).isWaitingAt("mediate");
        // the number is added to the task's name at creation (CaseNumberInTaskNames); the model's name is plain
        assertThat(task(pid, "mediate").getName()).isEqualTo("调解 " + caseNumber);
        assertThat(engine.getRepositoryService().getBpmnModelInstance(task(pid, "mediate").getProcessDefinitionId())
                .getModelElementById("mediate").getAttributeValue("name")).isEqualTo("调解");

        // a face-to-face session with two of the six forces, through Tasklist's REST API as the village mediator
        Map<String, Object> session = vars("sessionMode", "FACE_TO_FACE", "sessionPlace", "东许村村委会调解室",
                "sessionForces", List.of("MEDIATOR", "LEGAL_ADVISER"), "sessionParticipants", "张丽、王大山、李小河",
                "sessionNotes", "双方陈述意见，初步同意改建排水沟。", "mediationAction", "CONTINUE");
        completeAs("zhangli", task(pid, "mediate").getId(), session);
        assertProcess(pid).isWaitingAt("mediate").hasPassed("actionGateway", "mediateJoin");
        Map<String, Object> sessionRow = jdbc.queryForMap("select * from case_session where case_id = ?", caseId);
        assertThat(sessionRow.get("mode")).isEqualTo("FACE_TO_FACE");
        assertThat((String) sessionRow.get("participants")).contains("人民调解员", "村(居)法律顾问", "张丽");
        assertThat(sessionRow.get("recorded_by")).isEqualTo("zhangli");
        assertThat(runtime.getVariables(pid)).doesNotContainKeys("sessionMode", "sessionNotes");

        // continuing without a session record is refused with a message, the task stays open
        assertThatThrownBy(() -> complete(pid, "mediate", "mediationAction", "CONTINUE"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("调解记录");
        // a written agreement without its Art. 29 contents is refused
        assertThatThrownBy(() -> complete(pid, "mediate", conclude("AGREEMENT_WRITTEN")))
                .hasMessageContaining("纠纷主要事实").hasMessageContaining("履行期限")
                .hasMessageContaining("〔agreementFacts〕"); // Tasklist shows it beside the first missing field
        // an oral agreement only where no rights and duties are settled and no party asks for it in writing
        assertThatThrownBy(() -> complete(pid, "mediate", conclude("AGREEMENT_ORAL", "agreementTerms", "赔偿5000元")))
                .hasMessageContaining("应当制作书面调解协议").hasMessageContaining("〔oralAgreementAllowed〕");

        // the day of the agreement: the timers fired below move the engine clock, which the case dates follow
        LocalDate agreed = CaseTime.today();
        LocalDate performance = agreed.plusDays(15);
        Map<String, Object> agreement = vars(writtenAgreement(performance));
        agreement.put("sessionMode", "SEPARATE");
        agreement.put("sessionNotes", "背靠背分别做工作后达成协议。");
        completeAs("zhangli", task(pid, "mediate").getId(), agreement);
        assertProcess(pid).hasPassed("mediationConcluded", "recordOutcome", "planFollowUps")
                .isWaitingAt("followUpDue", "recordJudicialConfirmation");
        assertThat(status(caseId)).isEqualTo("AGREED");
        assertThat(jdbc.queryForObject("select count(*) from case_session where case_id = ?", Integer.class, caseId))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select kind from case_follow_up where case_id = ? order by due_date",
                String.class, caseId)).containsExactly("DAY_7", "PERFORMANCE_DEADLINE", "DAY_30");

        // the agreement PDF: listed in the case file and downloadable with the case's access rules
        JsonNode file = parse(http().get("/api/cases/" + caseId + "/file", "zhangli", "demo").body());
        assertThat(file.get("sessions")).hasSize(2);
        assertThat(file.get("agreements").get(0).get("type").asText()).isEqualTo("WRITTEN");
        JsonNode document = file.get("documents").get(0);
        assertThat(document.get("kind").asText()).isEqualTo("AGREEMENT");
        assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
        String href = document.get("href").asText();
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http().url(href))).header("Authorization", Http.basic("zhangli", "demo")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("inline"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            // the document the parties sign: every party's particulars in full (人民调解法第二十九条)
            int applicantAge = java.time.Period.between(LocalDate.of(1980, 3, 15), CaseTime.today()).getYears();
            int respondentAge = java.time.Period.between(LocalDate.of(1985, 7, 2), CaseTime.today()).getYears();
            assertThat(text).contains(caseNumber, "排水沟",
                    "申请人：王大山，男，" + applicantAge + "岁，汉族，职业：农民，住所：河南省济源市克井镇东许村三组12号，公民身份号码："
                            + idNumber("41088119800315123") + "，联系电话：13812341234。",
                    "被申请人：李小河，女，" + respondentAge + "岁，回族，职业：个体经营者，工作单位：济源市克井镇小河便民超市，"
                            + "住所：河南省济源市克井镇东许村三组14号，联系电话：0391-6612345。",
                    "当事人（签名、盖章或者按指印）：", "申请人：王大山", "被申请人：李小河", "人民调解员（签名）：",
                    "人民调解委员会（印）");
            assertThat(text).doesNotContain("****");
        }
        // the particulars are in case_party, not in the engine: no variable, no history
        Map<String, Object> applicantRow = jdbc.queryForMap("select * from case_party where case_id = ? and role ="
                + " 'APPLICANT'", caseId);
        assertThat(applicantRow.get("sex")).isEqualTo("MALE");
        assertThat(applicantRow.get("ethnicity")).isEqualTo("01");
        assertThat(applicantRow.get("occupation")).isEqualTo("农民");
        assertThat(jdbc.queryForObject("select birth_date from case_party where case_id = ? and role = 'RESPONDENT'",
                LocalDate.class, caseId)).isEqualTo(LocalDate.of(1985, 7, 2));
        assertThat(runtime.getVariables(pid)).doesNotContainKeys(MediationForms.agreementParties().keySet()
                .toArray(String[]::new)).containsKey("agreementDocumentId");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableNameIn(MediationForms.agreementParties().keySet().toArray(String[]::new)).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(pid).list()).noneSatisfy(d -> assertThat(
                MediationForms.agreementParties()).containsKey(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        ? u.getVariableName() : ((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId()));
        // the forms after the agreement link to it by its id
        assertThat(href).isEqualTo("/api/cases/" + caseId + "/documents/" + runtime.getVariable(pid, "agreementDocumentId"));
        // who reads the case only masked (an administrator) may not have the agreement
        assertThat(http().get(href, "admin", "admin-secret").statusCode()).isEqualTo(403);
        // another committee's director may not read it (answered like an unknown case); an unknown document is 404
        assertThat(http().get(href, "songyu", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId + "/file", "songyu", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId + "/documents/999999999", "zhangli", "demo").statusCode())
                .isEqualTo(404);

        // judicial confirmation: the reminder comments on the task, then the parties' application is recorded
        Job reminder = fire(pid, "judicialReminderTimer");
        assertThat(reminder.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 20L * 24 * 3600 * 1000));
        Task jc = task(pid, "recordJudicialConfirmation");
        assertThat(jc.getAssignee()).as("the mediator who concluded").isEqualTo("zhangli");
        assertThat(summaryShownTo("zhangli", jc.getId())).contains("申请人 王大山，电话：13812341234",
                "书面调解协议（" + agreed + "生效）", "1. 被申请人于期限内将排水沟改回原位置", "2. 申请人不再追究其他损失",
                "履行期限：" + performance, "司法确认：可于" + agreed.plusDays(30) + "前共同申请");
        assertThat(tasks.getTaskComments(jc.getId())).extracting(co -> co.getFullMessage())
                .anySatisfy(m -> assertThat(m).contains("司法确认"));
        assertThatThrownBy(() -> complete(pid, "recordJudicialConfirmation", "judicialConfirmationApplied", true))
                .hasMessageContaining("申请司法确认的日期");
        complete(pid, "recordJudicialConfirmation", "judicialConfirmationApplied", true, "judicialConfirmationDate",
                agreed.plusDays(3).toString(), "caseSummary", "（Tasklist 提交的只读字段）");
        assertThat(runtime.getVariables(pid)).doesNotContainKey("caseSummary");
        assertThat(jdbc.queryForObject("select judicial_confirmation_applied from case_agreement where case_id = ?",
                Boolean.class, caseId)).isTrue();
        assertProcess(pid).hasPassed("judicialConfirmationRecorded", "remindJudicialConfirmation");

        // three visits: day 7, the performance deadline, day 30
        for (String result : List.of("IN_PROGRESS", "IN_PROGRESS", "FULFILLED")) {
            fire(pid, "followUpDue");
            Task visit = task(pid, "followUp");
            assertThat(visit.getName()).isEqualTo("回访 " + caseNumber);
            assertThat(summaryShownTo("zhangli", visit.getId())).contains(
                    "被申请人 李小河，电话：0391-6612345", "履行方式：被申请人自行施工，申请人配合",
                    "司法确认：已于" + agreed.plusDays(3) + "申请");
            if (result.equals("FULFILLED")) {
                // the last visit in this thread (as zhangli) so that the recorded events see the closure
                completeAsUser("zhangli", List.of("committee-VC419001100201", "mediators"), pid, "followUp",
                        "followUpResult", result, "followUpNotes", "上门回访，协议已全部履行。");
            } else {
                completeAs("zhangli", visit.getId(), vars("followUpResult", result, "followUpNotes", "电话回访双方。",
                        "caseSummary", "（Tasklist 提交的只读字段）"));
                assertThat(runtime.getVariables(pid)).doesNotContainKey("caseSummary");
            }
        }
        assertProcess(pid).isEnded().hasPassed("followUpsEnded", "closeCase", "caseClosed").hasNotPassed("reopenMediation");
        assertThat(status(caseId)).isEqualTo("CLOSED");
        assertThat(ended(caseId)).isEqualTo(1);
        CaseEndedEvent endedEvent = events.stream(CaseEndedEvent.class).filter(e -> e.caseId() == caseId).findFirst()
                .orElseThrow();
        assertThat(endedEvent.status()).isEqualTo("CLOSED");
        assertThat(endedEvent.outcome()).isEqualTo("AGREEMENT_WRITTEN");

        JsonNode archive = parse(http().get("/api/cases/" + caseId + "/file", "zhangli", "demo").body());
        assertThat(archive.get("status").asText()).isEqualTo("CLOSED");
        assertThat(archive.get("followUps")).hasSize(3);
        assertThat(archive.get("followUps").get(2).get("result").asText()).isEqualTo("FULFILLED");
        assertThat(archive.get("documents")).hasSize(1);
        assertThat(archive.get("history").get(archive.get("history").size() - 1).get("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void theAgreementsPartiesArePrefilledAndMissingOrWrongParticularsAreRefusedNamingTheField() throws Exception {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        String taskId = task(pid, "mediate").getId();

        // prefilled for the mediator from what intake registered: sex and birth date read from the ID number
        JsonNode shown = parse(http().get("/engine-rest/task/" + taskId + "/form-variables", "zhangli", "demo").body());
        assertThat(shown.path("applicantName").path("value").asText()).isEqualTo("王大山");
        assertThat(shown.path("applicantIdNumber").path("value").asText()).isEqualTo(idNumber("41088119800315123"));
        assertThat(shown.path("applicantSex").path("value").asText()).isEqualTo("MALE");
        assertThat(shown.path("applicantBirthDate").path("value").asText()).isEqualTo("1980-03-15");
        assertThat(shown.path("respondentName").path("value").asText()).isEqualTo("李小河");
        assertThat(shown.path("respondentPhone").path("value").asText()).isEqualTo("0391-6612345");
        assertThat(shown.path("respondentType").path("value").asText()).isEqualTo("PERSON");
        // an administrator (masked reader) gets the names masked and nothing to edit
        JsonNode masked = parse(http().get("/engine-rest/task/" + taskId + "/form-variables", "admin", "admin-secret").body());
        assertThat(masked.path("applicantName").path("value").asText()).isEqualTo("王某");
        assertThat(masked.has("applicantIdNumber")).isFalse();

        Map<String, Object> agreement = vars(writtenAgreement(CaseTime.today().plusDays(10)));
        Map<String, Object> missing = new HashMap<>(agreement);
        missing.remove("respondentOccupation");
        missing.remove("respondentEthnicity");
        missing.remove("applicantWorkUnit");
        missing.remove("applicantAddress");
        assertThatThrownBy(() -> tasks.complete(taskId, missing)).hasMessageContaining(
                "达成书面协议须填写当事人基本情况：申请人的工作单位或住所；被申请人的民族、职业");
        Map<String, Object> badId = new HashMap<>(agreement);
        badId.put("applicantIdNumber", badIdNumber());
        assertThatThrownBy(() -> tasks.complete(taskId, badId)).hasMessageContaining("申请人的公民身份号码无效：身份证号码校验位不正确");
        Map<String, Object> wrongSex = new HashMap<>(agreement);
        wrongSex.put("applicantSex", "FEMALE");
        assertThatThrownBy(() -> tasks.complete(taskId, wrongSex)).hasMessageContaining("申请人的性别无效：与公民身份号码不符");
        Map<String, Object> badEthnicity = new HashMap<>(agreement);
        badEthnicity.put("respondentEthnicity", "57");
        assertThatThrownBy(() -> tasks.complete(taskId, badEthnicity)).hasMessageContaining("被申请人的民族无效");
        Map<String, Object> badPhone = new HashMap<>(agreement);
        badPhone.put("respondentPhone", "12345");
        assertThatThrownBy(() -> tasks.complete(taskId, badPhone)).hasMessageContaining("被申请人的联系电话无效");
        Map<String, Object> company = new HashMap<>(agreement);
        company.put("respondentType", "ORGANIZATION");
        assertThatThrownBy(() -> tasks.complete(taskId, company)).hasMessageContaining("被申请人的代表人职务（法定代表人或主要负责人）、法定代表人或主要负责人姓名");
        // through the engine API as Tasklist submits: the same sentence, and nothing was recorded
        Map<String, Object> viaApi = new HashMap<>(missing);
        var refused = http().send(java.net.http.HttpRequest.newBuilder(
                        URI.create(http().url("/engine-rest/task/" + taskId + "/complete")))
                .header("Authorization", Http.basic("zhangli", "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(completion(viaApi), StandardCharsets.UTF_8)).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(parse(refused.body()).path("message").asText()).contains("被申请人的民族、职业");
        assertThat(jdbc.queryForObject("select count(*) from case_party where case_id = ? and occupation is not null",
                Integer.class, caseId)).isZero();

        // the respondent is a company: its address and legal representative are printed, no ID number
        company.put("respondentRepresentativeTitle", "LEGAL_REPRESENTATIVE");
        company.put("respondentRepresentative", "赵建国");
        company.put("respondentAddress", "河南省济源市克井镇工业园区8号");
        tasks.complete(taskId, company);
        assertThat(status(caseId)).isEqualTo("AGREED");
        Map<String, Object> row = jdbc.queryForMap("select * from case_party where case_id = ? and role = 'RESPONDENT'",
                caseId);
        assertThat(row.get("party_type")).isEqualTo("ORGANIZATION");
        assertThat(row.get("sex")).isNull();
        assertThat(row.get("representative_title")).isEqualTo("LEGAL_REPRESENTATIVE");
        long documentId = ((Number) runtime.getVariable(pid, "agreementDocumentId")).longValue();
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http().url("/api/cases/" + caseId + "/documents/" + documentId)))
                .header("Authorization", Http.basic("zhangli", "demo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("被申请人：李小河，住所：河南省济源市克井镇工业园区8号，法定代表人：赵建国，联系电话：0391-6612345。",
                    "被申请人：李小河（盖章）", "法定代表人：赵建国");
        }
        // opened from the link on a Tasklist form: the Tasklist session is enough, without it the API asks to log in
        String documentPath = "/api/cases/" + caseId + "/documents/" + documentId;
        cn.jiyuan.mediation.support.WebappSession tasklist = cn.jiyuan.mediation.support.WebappSession.login(port,
                "tasklist", "zhangli", "demo");
        assertThat(tasklist.loggedIn()).isTrue();
        assertThat(tasklist.getWithoutReferer(documentPath).statusCode()).isEqualTo(200);
        assertThat(http().send(HttpRequest.newBuilder(URI.create(http().url(documentPath))).GET().build())
                .statusCode()).isEqualTo(401);
        // the judicial-confirmation form links to it
        Task jc = task(pid, "recordJudicialConfirmation");
        JsonNode jcForm = parse(http().get("/engine-rest/task/" + jc.getId() + "/form-variables", "zhangli", "demo").body());
        assertThat(jcForm.path("agreementDocumentId").path("value").asLong()).isEqualTo(documentId);
        assertThat(jcForm.path("caseId").path("value").asLong()).isEqualTo(caseId);
    }

    String completion(Map<String, Object> variables) {
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach((name, value) -> vars.putObject(name).put("value", String.valueOf(value)).put("type", "String"));
        return body.toString();
    }

    /** Markup, template and SQL fragments: text like any other, never markup or code. */
    static final String MARKUP = "<script>alert('x')</script><b>粗体</b>${x}#{7*7}'; DROP TABLE case_file; --";

    @Test
    void markupAndExpressionsInTheCaseAndTheAgreementAreTextInTheAgreementPdf() throws Exception {
        ObjectNode dispute = neighbourDispute();
        dispute.put("summary", "两家因院墙排水问题多次争吵。" + MARKUP);
        ((ObjectNode) dispute.get("parties").get(0)).put("name", "<b>王大山</b>");
        JsonNode c = intake(dispute);
        long caseId = caseId(c);
        String pid = pid(c);
        assertThat(parse(http().get("/api/cases/" + caseId, "zhangli", "demo").body()).get("summary").asText())
                .endsWith(MARKUP);

        Map<String, Object> agreement = vars(writtenAgreement(CaseTime.today().plusDays(15)));
        agreement.put("agreementFacts", "被申请人改建院墙时将排水沟引向申请人院内。" + MARKUP);
        agreement.put("sessionMode", "SEPARATE");
        agreement.put("sessionNotes", "背靠背分别做工作后达成协议。");
        completeAs("zhangli", task(pid, "mediate").getId(), agreement);

        String href = parse(http().get("/api/cases/" + caseId + "/file", "zhangli", "demo").body())
                .get("documents").get(0).get("href").asText();
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http().url(href))).header("Authorization", Http.basic("zhangli", "demo")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("<b>王大山</b>", MARKUP.replaceAll("\\s", ""));
        }
    }

    @Test
    void judicialConfirmationWindowLapses() {
        JsonNode c = intake(neighbourDispute());
        String pid = pid(c);
        complete(pid, "mediate", writtenAgreement(CaseTime.today().plusDays(40)));
        assertThat(jdbc.queryForList("select kind from case_follow_up where case_id = ? order by due_date",
                String.class, caseId(c))).containsExactly("DAY_7", "DAY_30", "PERFORMANCE_DEADLINE");
        fire(pid, "judicialWindowTimer");
        assertProcess(pid).hasPassed("judicialConfirmationLapsed", "judicialWindowClosed")
                .isWaitingAt("followUpDue");
        assertThat(task(pid, "recordJudicialConfirmation")).isNull();
        assertThat(notes(caseId(c))).anySatisfy(n -> assertThat(n).contains("未申请司法确认"));
    }

    // ------------------------------------------------------------------------------------------ oral agreement, rebound, breach

    @Test
    void aReboundReopensMediationWithTheRiskRaised() {
        // a Tuesday outside every sensitive period (and the visit a week later too): the levels are the table's own
        ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse("2026-06-16T10:00:00").atZone(CaseTime.ZONE)
                .toInstant()));
        ObjectNode body = neighbourDispute();
        body.putArray("riskIndicators").add("VULNERABLE_PARTY");
        JsonNode c = intake(body);
        long caseId = caseId(c);
        String pid = pid(c);
        String before = c.get("riskLevel").asText();
        // a neighbour dispute (民转刑 category) with 涉及老弱病残孕幼 is rank 2: MEDIUM, a mediate task of priority 50
        // (the model's rule: CRITICAL 90, green channel or HIGH 80, else 50)
        assertThat(before).isEqualTo("MEDIUM");
        assertThat(task(pid, "mediate").getPriority()).isEqualTo(50);
        complete(pid, "mediate", oralAgreement());
        assertProcess(pid).isWaitingAt("followUpDue").hasNotPassed("recordJudicialConfirmation")
                .hasPassed("notWrittenEnd");
        assertThat(jdbc.queryForList("select kind from case_follow_up where case_id = ?", String.class, caseId))
                .containsExactlyInAnyOrder("DAY_7", "DAY_30");

        fire(pid, "followUpDue");
        // as the village mediator (engine authorization on: the reassessment evaluates the risk DMN as zhangli)
        completeAsUser("zhangli", List.of("committee-VC419001100201", "mediators"), pid, "followUp",
                "followUpResult", "REBOUND", "followUpNotes", "双方再次因排水发生争吵。");
        assertProcess(pid).hasPassed("reboundFound", "reopenMediation").isWaitingAt("mediate");
        CaseFile reopened = jdbc.query("select * from case_file where id = ?", (rs, i) -> new CaseFile(rs.getLong("id"),
                null, null, 0, 0, null, null, null, null, null, null, null, false, null, false, false, false,
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getBoolean("early_warning"), null, false,
                rs.getString("status"), rs.getString("outcome"), rs.getObject("deadline", LocalDate.class), null, null,
                null), caseId).get(0);
        assertThat(reopened.status()).isEqualTo("REOPENED");
        // one rebound is rank 2 again (MEDIUM), but a reopened case is at least one level higher: HIGH
        assertThat(reopened.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(runtime.getVariable(pid, "riskLevel")).isEqualTo(reopened.riskLevel().name());
        assertThat(reopened.deadline()).isEqualTo(CaseTime.today().plusDays(30));
        assertThat(jdbc.queryForList("select indicator from case_risk_indicator where case_id = ?", String.class,
                caseId)).contains("REBOUND");
        assertThat(jdbc.queryForObject("select count(*) from case_follow_up where case_id = ? and result is null",
                Integer.class, caseId)).isZero();
        CaseRiskRaisedEvent raised = events.stream(CaseRiskRaisedEvent.class).filter(e -> e.caseId() == caseId)
                .findFirst().orElseThrow();
        assertThat(raised.previousRiskLevel()).isEqualTo(before);
        assertThat(raised.riskLevel()).isEqualTo(reopened.riskLevel().name());
        assertThat(raised.reason()).contains("反弹");
        // the reopened mediation's task has the priority of the raised risk: HIGH → 80 (it was 50 at MEDIUM)
        assertThat(task(pid, "mediate").getPriority()).isEqualTo(80);

        complete(pid, "mediate", conclude("WITHDRAWN"));
        assertProcess(pid).isEnded().hasPassed("referredGateway", "referralJoin", "closeCase");
        assertThat(status(caseId)).isEqualTo("CLOSED");
        assertThat(ended(caseId)).isEqualTo(1);
    }

    @Test
    void aBreachEndsTheVisitsWithGuidanceAndClosesTheCase() {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        complete(pid, "mediate", oralAgreement());
        fire(pid, "followUpDue");
        complete(pid, "followUp", "followUpResult", "BREACH", "followUpNotes", "被申请人拒不清理排水沟。");
        assertProcess(pid).isEnded().hasPassed("followUpsEnded", "closeCase").hasNotPassed("reopenMediation");
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n).contains("违约", "司法确认", "提起诉讼"));
        assertThat(status(caseId)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from case_follow_up where case_id = ?", Integer.class, caseId))
                .isEqualTo(1);
        assertThat(ended(caseId)).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ no agreement, withdrawal, refusal

    @Test
    void noAgreementRecordsTheGuidanceAndCloses() {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        complete(pid, "mediate", conclude("NO_AGREEMENT"));
        assertProcess(pid).isEnded().hasPassed("recordOutcome", "referredGateway", "referralJoin", "closeCase", "caseClosed")
                .hasNotPassed("notifyReferrer", "performance");
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n).contains("第二十六条"));
        assertThat(jdbc.queryForObject("select outcome from case_file where id = ?", String.class, caseId))
                .isEqualTo("NO_AGREEMENT");
        assertThat(status(caseId)).isEqualTo("CLOSED");
        assertThat(ended(caseId)).isEqualTo(1);
    }

    @Test
    void aReferredCaseWithoutAgreementNotifiesTheReferrer() {
        ObjectNode body = neighbourDispute();
        body.put("channel", "COURT_REFERRAL");
        body.put("referralReference", "（2026）豫9001民诉前调123号");
        JsonNode c = intake(body);
        long caseId = caseId(c);
        String pid = pid(c);
        complete(pid, "mediate", conclude("NO_AGREEMENT"));
        assertProcess(pid).isWaitingAt("notifyReferrer").task().hasCandidateGroup("committee-VC419001100201");
        assertThatThrownBy(() -> complete(pid, "notifyReferrer")).hasMessageContaining("告知方式");
        complete(pid, "notifyReferrer", "noticeMethod", "书面告知函", "noticeNotes", "已送达济源市人民法院立案庭");
        assertProcess(pid).isEnded().hasPassed("referredGateway", "notifyReferrer", "referralJoin", "closeCase");
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n).contains("移送单位", "诉调对接", "豫9001民诉前调123号"));
        assertThat(ended(caseId)).isEqualTo(1);
    }

    @Test
    void withdrawalCloses() {
        JsonNode c = intake(neighbourDispute());
        String pid = pid(c);
        complete(pid, "mediate", conclude("WITHDRAWN"));
        assertProcess(pid).isEnded().hasPassed("referredGateway", "referralJoin", "closeCase");
        assertThat(jdbc.queryForObject("select outcome from case_file where id = ?", String.class, caseId(c)))
                .isEqualTo("WITHDRAWN");
        assertThat(ended(caseId(c))).isEqualTo(1);
    }

    @Test
    void aRefusalPublishesTheEndOfTheCase() {
        ObjectNode body = neighbourDispute();
        ((ObjectNode) body.get("parties").get(1)).put("consent", false);
        // registered in this thread (not over HTTP) so that the recorded events see it
        var result = intakeService.submit(requestReader.read(body), "zhangli", null);
        assertProcess(result.processInstanceId()).isEnded().hasPassed("recordRefusal", "partyRefusedEnd");
        assertThat(status(result.caseId())).isEqualTo("REFUSED");
        CaseEndedEvent event = events.stream(CaseEndedEvent.class).filter(e -> e.caseId() == result.caseId())
                .findFirst().orElseThrow();
        assertThat(event.status()).isEqualTo("REFUSED");
    }

    // ------------------------------------------------------------------------------------------ the case at a glance

    @Test
    void theMediateTaskShowsTheCaseAtAGlanceRefreshedOnReentryAndGoesBackToItsMediator() {
        JsonNode c = intake(neighbourDispute());
        String pid = pid(c);
        Task first = task(pid, "mediate");
        String summary = summaryShownTo("zhangli", first.getId());
        assertThat(summary).contains("纠纷类型：邻里", "案件来源：来访", "发生地点：克井镇东许村",
                "纠纷简要情况：两家因院墙排水问题多次争吵", "申请人 王大山，电话：13812341234",
                "被申请人 李小河，电话：0391-6612345", "涉及人数：2人；涉及金额：3000元",
                "风险等级：" + RiskLevel.valueOf(c.get("riskLevel").asText()).label(),
                "办理调委会：克井镇东许村人民调解委员会", "办理期限：" + CaseTime.today().plusDays(30) + "（还有30日）",
                "调解记录：尚无");
        // built when the form is opened: stored neither on the task nor on the process
        assertThat(tasks.getVariablesLocal(first.getId())).doesNotContainKey("caseSummary");
        assertThat(runtime.getVariables(pid)).doesNotContainKey("caseSummary");

        // zhangli claims the task and records a session: the re-entered task is hers again, with the session counted
        tasks.claim(first.getId(), "zhangli");
        // Tasklist submits the read-only field too: it is not kept
        completeAs("zhangli", first.getId(), vars("sessionMode", "PHONE", "sessionNotes", "电话了解双方意见。",
                "mediationAction", "CONTINUE", "caseSummary", summary));
        assertThat(runtime.getVariables(pid)).doesNotContainKey("caseSummary");
        Task second = task(pid, "mediate");
        assertThat(second.getAssignee()).isEqualTo("zhangli");
        // the form does not preselect the last action
        assertThat(tasks.getVariables(second.getId())).doesNotContainKey("mediationAction");
        assertThat(summaryShownTo("zhangli", second.getId()))
                .contains("调解记录：已调解1次，最近一次 " + CaseTime.today() + " 电话");

        // an extension: the new deadline
        completeAs("zhangli", second.getId(), vars("mediationAction", "EXTEND", "extensionDays", 10,
                "bothPartiesConsent", true));
        assertThat(summaryShownTo("zhangli", task(pid, "mediate").getId()))
                .contains("办理期限：" + CaseTime.today().plusDays(40) + "（还有40日）");

        // a hand-over: the town committee's mediators claim it themselves, and see their committee
        completeAs("zhangli", task(pid, "mediate").getId(), vars("mediationAction", "HAND_OVER",
                "handOverReason", "涉及镇规划"));
        Task handedOver = task(pid, "mediate");
        assertThat(handedOver.getAssignee()).isNull();
        assertThat(summaryShownTo("liuyang", handedOver.getId())).contains("办理调委会：克井镇人民调解委员会");
    }

    /** The 案件概况 the task's form shows the user (GET form-variables over real HTTP, as Tasklist loads it). */
    String summaryShownTo(String user, String taskId) {
        var response = http().get("/engine-rest/task/" + taskId + "/form-variables", user, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body()).path("caseSummary").path("value").asText();
    }

    // ------------------------------------------------------------------------------------------ hand-over, extension

    @Test
    void handOverGoesVillageToTownToCityCentre() {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        assertThatThrownBy(() -> complete(pid, "mediate", "mediationAction", "HAND_OVER"))
                .hasMessageContaining("移交理由");
        complete(pid, "mediate", "mediationAction", "HAND_OVER", "handOverReason", "涉及镇规划，村调委会难以调处");
        assertProcess(pid).hasPassed("handOver").isWaitingAt("mediate").task().hasCandidateGroup("committee-TC419001100");
        assertThat(runtime.getVariables(pid)).containsEntry("handlingLevel", "TOWN")
                .containsEntry("committeeCode", "TC419001100").containsEntry("candidateGroup", "committee-TC419001100");
        assertThat(jdbc.queryForMap("select committee_code, handling_level, status from case_file where id = ?", caseId))
                .containsEntry("committee_code", "TC419001100").containsEntry("handling_level", "TOWN")
                .containsEntry("status", "HANDED_OVER");

        complete(pid, "mediate", "mediationAction", "HAND_OVER", "handOverReason", "涉及多个镇");
        assertProcess(pid).isWaitingAt("mediate").task().hasCandidateGroup("city-center");
        assertThat(runtime.getVariable(pid, "handlingLevel")).isEqualTo("CITY_CENTER");
        assertThatThrownBy(() -> complete(pid, "mediate", "mediationAction", "HAND_OVER", "handOverReason", "再移交"))
                .hasMessageContaining("无法再向上移交");
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n).contains("移交", "克井镇人民调解委员会"));
    }

    @Test
    void anIndustryCommitteeHandsOverToTheCityCentre() {
        ObjectNode body = neighbourDispute();
        body.put("category", "MEDICAL");
        body.put("summary", "患者家属认为手术存在过错，要求医院赔偿。");
        JsonNode c = intake(body);
        String pid = pid(c);
        assertThat(c.get("handlingLevel").asText()).isEqualTo("INDUSTRY");
        completeAs("zhouyining", task(pid, "mediate").getId(), vars("mediationAction", "HAND_OVER",
                "handOverReason", "涉及多家医院，需市级协调", "sessionMode", "ONLINE_VIDEO", "sessionNotes", "视频听取双方意见"));
        assertProcess(pid).isWaitingAt("mediate").task().hasCandidateGroup("city-center");
        assertThat(runtime.getVariables(pid)).containsEntry("handlingLevel", "CITY_CENTER")
                .containsEntry("candidateGroup", "city-center");
        // the city centre now reads the case (it may read every case) and the former committee's session is kept
        JsonNode file = parse(http().get("/api/cases/" + caseId(c) + "/file", "sunzhengxin", "demo").body());
        assertThat(file.get("handlingLevel").asText()).isEqualTo("CITY_CENTER");
        assertThat(file.get("sessions").get(0).get("modeName").asText()).isEqualTo("线上视频");
        assertThat(file.get("history")).anySatisfy(h -> assertThat(h.get("status").asText()).isEqualTo("HANDED_OVER"));
    }

    @Test
    void theDeadlineIsExtendedOnlyWithConsentAndAtMostThirtyDaysAndTheTimersFollowIt() {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        Date deadline = (Date) runtime.getVariable(pid, "deadline");
        assertThat(timer(pid, "overdueTimer").getDuedate()).isEqualTo(deadline);
        assertThat(timer(pid, "deadlineReminderTimer").getDuedate())
                .isEqualTo(new Date(deadline.getTime() - 5L * 24 * 3600 * 1000));

        assertThatThrownBy(() -> complete(pid, "mediate", "mediationAction", "EXTEND", "extensionDays", 10))
                .hasMessageContaining("双方当事人同意");
        complete(pid, "mediate", "mediationAction", "EXTEND", "extensionDays", 10, "bothPartiesConsent", true,
                "extensionReason", "等待鉴定结果");
        assertProcess(pid).hasPassed("extendDeadline").isWaitingAt("mediate");
        Date extended = (Date) runtime.getVariable(pid, "deadline");
        assertThat(extended.getTime() - deadline.getTime()).isEqualTo(10L * 24 * 3600 * 1000);
        assertThat(timer(pid, "overdueTimer").getDuedate()).isEqualTo(extended);
        assertThat(task(pid, "mediate").getDueDate()).isEqualTo(extended);
        assertThat(jdbc.queryForObject("select deadline from case_file where id = ?", LocalDate.class, caseId))
                .isEqualTo(CaseTime.today().plusDays(40));
        assertThat(status(caseId)).isEqualTo("DEADLINE_EXTENDED");

        assertThatThrownBy(() -> complete(pid, "mediate", "mediationAction", "EXTEND", "extensionDays", 25,
                "bothPartiesConsent", true)).hasMessageContaining("1至20日");
        complete(pid, "mediate", "mediationAction", "EXTEND", "extensionDays", 20, "bothPartiesConsent", true);
        assertThat(runtime.getVariable(pid, "extendedDays")).isEqualTo(30);
        assertThatThrownBy(() -> complete(pid, "mediate", "mediationAction", "EXTEND", "extensionDays", 1,
                "bothPartiesConsent", true)).hasMessageContaining("不能再延长");
    }

    // ------------------------------------------------------------------------------------------ reminder, overdue supervision

    @Test
    void aReminderThenSupervisionByTheJusticeOfficeThenTheCityCentre() {
        JsonNode c = intake(neighbourDispute());
        long caseId = caseId(c);
        String pid = pid(c);
        int priority = task(pid, "mediate").getPriority();

        fire(pid, "deadlineReminderTimer");
        Task mediate = task(pid, "mediate");
        assertThat(mediate.getPriority()).isGreaterThan(priority);
        assertThat(tasks.getTaskComments(mediate.getId())).extracting(co -> co.getFullMessage())
                .anySatisfy(m -> assertThat(m).contains("届满"));
        assertProcess(pid).hasPassed("remindDeadline", "reminderSent").isWaitingAt("mediate");

        fire(pid, "overdueTimer");
        assertProcess(pid).hasPassed("checkOverdue", "overdueGateway").isWaitingAt("mediate", "superviseByJusticeOffice");
        BpmnAwareTests.assertThat(task(pid, "superviseByJusticeOffice")).hasCandidateGroup("justice-office-" + KEJING);

        // a recorded session re-enters the mediate task: its timers come again, but neither reminds nor supervises twice
        complete(pid, "mediate", "mediationAction", "CONTINUE", "sessionMode", "PHONE", "sessionNotes", "电话沟通");
        fire(pid, "deadlineReminderTimer");
        fire(pid, "overdueTimer");
        assertProcess(pid).hasPassed("alreadySupervisedEnd");
        assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("superviseByJusticeOffice").count())
                .isEqualTo(1);
        assertThat(notes(caseId).stream().filter(n -> n.startsWith("期限届满提醒")).count()).isEqualTo(1);

        fire(pid, "cityCenterTimer");
        BpmnAwareTests.assertThat(task(pid, "superviseByCityCenter")).hasCandidateGroup("city-center");
        assertThatThrownBy(() -> complete(pid, "superviseByJusticeOffice")).hasMessageContaining("督办意见");
        // the justice office's staff member works the supervision task in Tasklist
        completeAs("chensiyuan", task(pid, "superviseByJusticeOffice").getId(), vars("supervisionOpinion", "请于五日内调结"));
        assertThat(notes(caseId)).anySatisfy(n -> assertThat(n).contains("司法所督办超期案件：请于五日内调结"));

        // concluding mediation ends the open supervision (terminate end event of the sub-process)
        complete(pid, "mediate", conclude("WITHDRAWN"));
        assertProcess(pid).isEnded();
        assertThat(task(pid, "superviseByCityCenter")).isNull();
    }

    // ------------------------------------------------------------------------------------------ Tasklist intake

    @Test
    void theTasklistIntakeFormRegistersACaseAndAsksToCorrectBadInput() {
        Map<String, Object> form = vars("channel", "HOTLINE", "category", "NEIGHBOR",
                "summary", "12348热线来电：邻居占用公共通道堆放杂物。", "townCode", KEJING, "villageCode", DONGXU,
                "applicantName", "赵一", "applicantPhone", "13900001111", "applicantIdNumber", badIdNumber(),
                "applicantConsent", true, "applicantEthnicity", "03", "applicantOccupation", "个体户",
                "applicantSex", "MALE", "respondentName", "钱二", "respondentConsent", true,
                "respondentType", "ORGANIZATION", "respondentAddress", "济源市克井镇工业园1号",
                "respondentRepresentative", "钱某", "respondentRepresentativeTitle", "PRINCIPAL",
                "riskIndicators", "[]");
        // started and corrected by the registrar, as Tasklist does after her login
        EngineUser.login(identityService, "zhangli");
        ProcessInstance intake;
        try {
            intake = runtime.startProcessInstanceByKey("case-intake", form);
        } finally {
            identityService.clearAuthentication();
        }
        assertProcess(intake.getId()).isWaitingAt("correctIntake").hasPassed("invalidIntake");
        assertThat((String) runtime.getVariable(intake.getId(), "intakeErrors")).contains("申请人身份证号码");
        assertThat(runtime.getVariable(intake.getId(), "applicantPhone")).as("kept out of the engine").isNull();
        assertThat(runtime.getVariables(intake.getId())).as("the particulars too").doesNotContainKeys(
                "applicantEthnicity", "applicantSex", "applicantOccupation", "respondentAddress", "respondentType");

        completeAsUser("zhangli", List.of("committee-VC419001100201", "mediators"), intake.getId(), "correctIntake",
                "applicantIdNumber", idNumber("41088119800315123"));
        assertProcess(intake.getId()).isEnded().hasPassed("registerCase", "caseRegisteredEnd");
        Map<String, Object> registered = history.createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).list().stream().filter(v -> v.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue()));
        String disputeCase = (String) registered.get("disputeCaseInstanceId");
        assertProcess(disputeCase).isWaitingAt("mediate").task().hasCandidateGroup("committee-VC419001100201");
        long caseId = ((Number) registered.get("caseId")).longValue();
        assertThat(jdbc.queryForObject("select channel from case_file where id = ?", String.class, caseId))
                .isEqualTo("HOTLINE");
        // the particulars of Art. 29 are the parties' (sex and birth date those of the ID number), in our tables only
        assertThat(jdbc.queryForList("select party_type, sex, birth_date, ethnicity, occupation, address, representative,"
                + " representative_title from case_party where case_id = ? order by position", caseId))
                .extracting(row -> row.get("party_type") + "/" + row.get("sex") + "/" + row.get("birth_date") + "/"
                        + row.get("ethnicity") + "/" + row.get("occupation") + "/" + row.get("address") + "/"
                        + row.get("representative") + "/" + row.get("representative_title"))
                .containsExactly("PERSON/MALE/1980-03-15/03/个体户/null/null/null",
                        "ORGANIZATION/null/null/null/null/济源市克井镇工业园1号/钱某/PRINCIPAL");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(intake.getId()).list())
                .extracting(v -> v.getName()).doesNotContain("applicantEthnicity", "applicantSex",
                        "applicantOccupation", "respondentAddress", "respondentRepresentative");
        // and they prefill the mediation form for the mediator
        String mediate = tasks.createTaskQuery().processInstanceId(disputeCase).taskDefinitionKey("mediate")
                .singleResult().getId();
        JsonNode shown = parse(http().get("/engine-rest/task/" + mediate + "/form-variables", "zhangli", "demo").body());
        assertThat(shown.path("applicantEthnicity").path("value").asText()).isEqualTo("03");
        assertThat(shown.path("applicantOccupation").path("value").asText()).isEqualTo("个体户");
        assertThat(shown.path("respondentType").path("value").asText()).isEqualTo("ORGANIZATION");
        assertThat(shown.path("respondentRepresentative").path("value").asText()).isEqualTo("钱某");
        assertThat(shown.path("ethnicityOptions").toString()).contains("回族");
    }
}
