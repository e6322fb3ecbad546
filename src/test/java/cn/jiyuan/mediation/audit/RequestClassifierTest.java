package cn.jiyuan.mediation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.audit.EngineObject.Kind;

/** Which requests the audit records, as what, and what is kept of their path and query. */
class RequestClassifierTest {

    private static final String TASK = "3f1c2a9e-0b7d-11ef-8e43-0242ac120002";
    private static final String PI = "5a6b7c8d-0b7d-11ef-8e43-0242ac120002";
    private final RequestClassifier classifier = new RequestClassifier("/engine-rest", "/camunda");

    private AuditedRequest classify(String method, String path, String query) {
        return classifier.classify(method, path, query, null);
    }

    @Test
    void projectApiRecordsCaseRequestsRegistrationsAndWrites() {
        AuditedRequest read = classify("GET", "/api/cases/42", null);
        assertThat(read.wayIn()).isEqualTo(WayIn.API);
        assertThat(read.action()).isEqualTo(AuditAction.READ);
        assertThat(read.concern()).isEqualTo(new Concern.CaseReference("42"));
        assertThat(classify("GET", "/api/cases/（2026）克井镇东许村调字第1号/file", null).concern())
                .isEqualTo(new Concern.CaseReference("（2026）克井镇东许村调字第1号"));
        assertThat(classify("GET", "/api/cases/42/documents/7", null).action()).isEqualTo(AuditAction.DOWNLOAD);
        assertThat(classify("GET", "/api/cases/42/mails", null).action()).isEqualTo(AuditAction.READ);
        AuditedRequest intake = classify("POST", "/api/cases", null);
        assertThat(intake.action()).isEqualTo(AuditAction.WRITE);
        assertThat(intake.concern()).isInstanceOf(Concern.RegisteredCase.class);
        AuditedRequest calendar = classify("PUT", "/api/calendar/sensitive-periods/2026/TWO_SESSIONS", null);
        assertThat(calendar.action()).isEqualTo(AuditAction.WRITE);
        assertThat(calendar.concern()).isInstanceOf(Concern.Nothing.class);
        // reads that concern no case, and HEAD/OPTIONS, are not recorded
        assertThat(classify("GET", "/api/cases", null)).isNull();
        assertThat(classify("GET", "/api/org/units", "level=TOWN")).isNull();
        assertThat(classify("GET", "/api/audit", "caseRef=42")).isNull();
        assertThat(classify("HEAD", "/api/cases/42", null)).isNull();
        assertThat(classify("OPTIONS", "/api/cases", null)).isNull();
    }

    @Test
    void casePagesAreReadsThroughTasklistOfTheCaseTheyShow() {
        AuditedRequest page = classify("GET", "/cases/42", null);
        assertThat(page.wayIn()).isEqualTo(WayIn.TASKLIST);
        assertThat(page.action()).isEqualTo(AuditAction.READ);
        assertThat(page.engineName()).isNull();
        assertThat(page.concern()).isEqualTo(new Concern.CaseReference("42"));
        assertThat(classify("GET", "/cases/task/" + TASK, null).concern()).isEqualTo(
                new Concern.EngineObjects(List.of(new EngineObject(Kind.TASK, TASK)), false));
        assertThat(classify("GET", "/cases/process-instance/" + PI, null).concern()).isEqualTo(
                new Concern.EngineObjects(List.of(new EngineObject(Kind.PROCESS_INSTANCE, PI)), false));
        assertThat(classify("GET", "/cases/registered/" + PI, null).concern()).isEqualTo(
                new Concern.EngineObjects(List.of(new EngineObject(Kind.PROCESS_INSTANCE, PI)), false));
        // the list names no case (its search text is not kept either)
        assertThat(classify("GET", "/cases", "q=x")).isNull();
        assertThat(classify("GET", "/cases/", null)).isNull();
        assertThat(classify("GET", "/cases/other/" + PI, null)).isNull();
        assertThat(classify("HEAD", "/cases/42", null)).isNull();
        // the case page's nomination as a typical case: a write through Tasklist about the case
        AuditedRequest nomination = classify("POST", "/cases/42/typical-case", null);
        assertThat(nomination.wayIn()).isEqualTo(WayIn.TASKLIST);
        assertThat(nomination.action()).isEqualTo(AuditAction.WRITE);
        assertThat(nomination.concern()).isEqualTo(new Concern.CaseReference("42"));
        assertThat(classify("POST", "/cases/42", null)).isNull();
    }

    @Test
    void engineWritesAreRecordedWithTheObjectTheyConcern() {
        AuditedRequest claim = classify("POST", "/engine-rest/task/" + TASK + "/claim", null);
        assertThat(claim.wayIn()).isEqualTo(WayIn.ENGINE_REST);
        assertThat(claim.action()).isEqualTo(AuditAction.WRITE);
        assertThat(claim.concern()).isEqualTo(new Concern.EngineObjects(List.of(new EngineObject(Kind.TASK, TASK)),
                false));
        // the named-engine form of the same path
        assertThat(classify("POST", "/engine-rest/engine/default/task/" + TASK + "/complete", null).concern())
                .isEqualTo(claim.concern());
        assertThat(classify("PUT", "/engine-rest/process-instance/" + PI + "/variables/caseId", null).concern())
                .isEqualTo(new Concern.EngineObjects(List.of(new EngineObject(Kind.PROCESS_INSTANCE, PI)), false));
        assertThat(classify("DELETE", "/engine-rest/history/process-instance/" + PI, null).concern())
                .isEqualTo(new Concern.EngineObjects(List.of(new EngineObject(Kind.PROCESS_INSTANCE, PI)), false));
        assertThat(classify("POST", "/engine-rest/process-definition/key/early-warning/start", null).action())
                .isEqualTo(AuditAction.WRITE);
        assertThat(classify("POST", "/engine-rest/message", null).action()).isEqualTo(AuditAction.WRITE);
        assertThat(classify("POST", "/engine-rest/process-instance/delete", null).concern())
                .isEqualTo(new Concern.EngineObjects(List.of(), false));
        assertThat(classify("POST", "/engine-rest/history/cleanup", null).action()).isEqualTo(AuditAction.WRITE);
    }

    @Test
    void camundaQueriesByPostAreReadsAndRecordedOnlyWhenTheyReadVariables() {
        assertThat(classify("POST", "/engine-rest/task", null)).isNull();
        assertThat(classify("POST", "/engine-rest/task/count", null)).isNull();
        assertThat(classify("POST", "/engine-rest/filter/abc/list", null)).isNull();
        assertThat(classify("POST", "/engine-rest/process-instance", null)).isNull();
        assertThat(classify("POST", "/engine-rest/history/process-instance", null)).isNull();
        assertThat(classify("POST", "/engine-rest/history/task/count", null)).isNull();
        assertThat(classify("GET", "/engine-rest/task", "candidateGroup=x")).isNull();
        assertThat(classify("GET", "/engine-rest/task/" + TASK, null)).isNull();
        assertThat(classify("POST", "/engine-rest/history/variable-instance/count", null)).isNull();

        AuditedRequest historic = classify("POST", "/engine-rest/history/variable-instance", "maxResults=50");
        assertThat(historic.action()).isEqualTo(AuditAction.READ);
        assertThat(historic.needsBody()).isTrue();
        AuditedRequest detail = classify("GET", "/engine-rest/history/detail", "processInstanceId=" + PI);
        assertThat(detail.concern()).isEqualTo(new Concern.EngineObjects(
                List.of(new EngineObject(Kind.PROCESS_INSTANCE, PI)), false));
        assertThat(classify("GET", "/engine-rest/variable-instance", "processInstanceIdIn=a1,b2").concern())
                .isEqualTo(new Concern.EngineObjects(List.of(new EngineObject(Kind.PROCESS_INSTANCE, "a1"),
                        new EngineObject(Kind.PROCESS_INSTANCE, "b2")), false));
        for (String variables : List.of("variables", "variables/caseSummary", "localVariables", "form-variables")) {
            AuditedRequest read = classify("GET", "/engine-rest/task/" + TASK + "/" + variables, null);
            assertThat(read.action()).as(variables).isEqualTo(AuditAction.READ);
            assertThat(read.concern()).as(variables).isEqualTo(new Concern.EngineObjects(
                    List.of(new EngineObject(Kind.TASK, TASK)), false));
        }
        assertThat(classify("GET", "/engine-rest/process-instance/" + PI + "/variables", null).action())
                .isEqualTo(AuditAction.READ);
        assertThat(classify("GET", "/engine-rest/history/variable-instance/v1/data", null).concern())
                .isEqualTo(new Concern.EngineObjects(List.of(new EngineObject(Kind.HISTORIC_VARIABLE, "v1")), false));
    }

    @Test
    void webappsAreToldApartByTheirPage() {
        String path = "/camunda/api/engine/engine/default/task/" + TASK + "/form-variables";
        assertThat(classifier.classify("GET", path, null, "http://localhost:8080/camunda/app/tasklist/default/")
                .wayIn()).isEqualTo(WayIn.TASKLIST);
        assertThat(classifier.classify("GET", path, null, "https://tiaojie.example/camunda/app/cockpit/default/#/")
                .wayIn()).isEqualTo(WayIn.COCKPIT);
        assertThat(classifier.classify("GET", path, null, "http://h/camunda/app/admin/default/").wayIn())
                .isEqualTo(WayIn.ADMIN);
        AuditedRequest unknown = classifier.classify("GET", path, null, null);
        assertThat(unknown.wayIn()).isEqualTo(WayIn.WEBAPP);
        assertThat(unknown.engineName()).isEqualTo("default");
        // the webapps' login and plugin APIs are not the engine's
        assertThat(classifier.classify("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null, null))
                .isNull();
        assertThat(classifier.classify("POST", "/camunda/api/cockpit/plugin/base/default/process-instance", null,
                null)).isNull();
        // but the rules page's changes are: in Cockpit, about no case, the caller from the session of its engine
        AuditedRequest rules = classifier.classify("POST", "/camunda/api/cockpit/plugin/mediation-rules/default/rule-sets/"
                + "triage/versions", null, null);
        assertThat(rules.wayIn()).isEqualTo(WayIn.COCKPIT);
        assertThat(rules.action()).isEqualTo(AuditAction.WRITE);
        assertThat(rules.engineName()).isEqualTo("default");
        assertThat(rules.concern()).isInstanceOf(Concern.Nothing.class);
        assertThat(classifier.classify("GET", "/camunda/api/cockpit/plugin/mediation-rules/default/rule-sets", null, null))
                .isNull();
    }

    @Test
    void keepsQueryValuesOnlyForIdsAndMasksPersonalDataAnywhere() {
        AuditedRequest read = classify("GET", "/engine-rest/history/variable-instance",
                "processInstanceId=" + PI + "&variableName=caseSummary&variableValue=13812341234&maxResults=10");
        assertThat(read.query()).isEqualTo("processInstanceId=" + PI + "&variableName&variableValue&maxResults=10");
        // a name that is not a parameter name, e.g. a number typed as a name, is not kept either
        assertThat(AuditPath.query(AuditPath.parameters("13812341234&%E5%90%8D=1"))).isEqualTo("*&*");
        // a safe parameter keeps only an id-like value
        assertThat(AuditPath.query(AuditPath.parameters("processInstanceId=%E7%8E%8B%E5%A4%A7%E5%B1%B1")))
                .isEqualTo("processInstanceId");

        assertThat(AuditPath.text("/api/cases/13812341234", "")).isEqualTo("/api/cases/***");
        assertThat(AuditPath.text("/engine-rest/process-instance/41088119800315123X/variables", null))
                .isEqualTo("/engine-rest/process-instance/***/variables");
        assertThat(AuditPath.text("/x/138-1234-5678/+8613812341234/0391-6612345", null)).isEqualTo("/x/***/***/***");
        assertThat(AuditPath.text("/engine-rest/task/" + TASK, null)).isEqualTo("/engine-rest/task/" + TASK);
        assertThat(AuditPath.text("/a\u0000b", null)).isEqualTo("/a?b");
        assertThat(AuditPath.text("/" + "a".repeat(2000), null)).hasSize(AuditPath.MAX_LENGTH);
    }
}
