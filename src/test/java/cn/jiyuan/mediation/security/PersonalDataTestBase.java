package cn.jiyuan.mediation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.support.WebappSession;

/**
 * Names, phone and ID numbers stay in the project's tables (README "安全与个人信息保护"): a case taken from the
 * Tasklist intake form through a session to a written agreement leaves none of them in any engine table —
 * runtime variables (task-local ones included), variable history, history details or byte arrays — and an intake
 * that must be corrected keeps them in the project's draft table, from which the correction form is filled.
 */
abstract class PersonalDataTestBase extends SecurityTestBase {

    @Test
    void aCaseTakenThroughTasklistLeavesNoPersonalDataInTheEngine() {
        String phone = "1390000" + String.format("%04d", (int) (System.nanoTime() % 10000));
        String id = idNumber("41088119750102" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        String name = "欧阳" + "测试" + (char) ('甲' + (int) (System.nanoTime() % 10));
        WebappSession tasklist = webapp("tasklist", "zhangli");

        HttpResponse<String> started = tasklist.post(WebappSession.engine(
                "process-definition/key/case-intake/submit-form"), submission(intake(name, phone, id)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        Long caseId = jdbc.queryForObject("select c.id from case_file c join case_party p on p.case_id = c.id "
                + "where p.phone = ?", Long.class, phone);
        String instance = jdbc.queryForObject("select process_instance_id from case_file where id = ?", String.class,
                caseId);
        Task mediate = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("mediate").singleResult();
        String summary = json(tasklist.get(WebappSession.engine("task/" + mediate.getId() + "/form-variables")))
                .path("caseSummary").path("value").asText();
        assertThat(summary).contains(name, phone);

        // a session, then a written agreement, as Tasklist submits them (the read-only summary comes back too)
        Map<String, Object> session = new LinkedHashMap<>(Map.of("caseSummary", summary, "caseNumber", "x",
                "sessionMode", "FACE_TO_FACE", "sessionNotes", "与" + name + "（电话" + phone + "）面谈",
                "sessionParticipants", name, "mediationAction", "CONTINUE"));
        assertThat(tasklist.post(WebappSession.engine("task/" + mediate.getId() + "/submit-form"),
                submission(session)).statusCode()).isEqualTo(204);
        mediate = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("mediate").singleResult();
        Map<String, Object> conclude = new LinkedHashMap<>();
        conclude.put("mediationAction", "CONCLUDE");
        conclude.put("outcome", "AGREEMENT_WRITTEN");
        conclude.put("outcomeNotes", name + "同意赔偿");
        conclude.put("agreementFacts", name + "家排水沟堵塞");
        conclude.put("agreementResponsibility", "双方各半");
        conclude.put("agreementTerms", "1、" + name + "于月底前疏通排水沟");
        conclude.put("performanceMethod", "自行履行");
        conclude.put("performanceDeadline", LocalDate.now().plusDays(20).toString());
        // the parties' particulars for the agreement (picked values too: sex, birth date, ethnicity)
        conclude.putAll(cn.jiyuan.mediation.support.MediationForms.agreementParties());
        conclude.put("applicantIdNumber", id);
        conclude.put("applicantPhone", phone);
        conclude.remove("applicantSex");
        conclude.put("applicantBirthDate", "1975-01-02");
        String occupation = "测绘员" + name;
        conclude.put("applicantOccupation", occupation);
        HttpResponse<String> concluded = tasklist.post(WebappSession.engine("task/" + mediate.getId()
                + "/submit-form"), submission(conclude));
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(204);
        assertThat(caseStatus(caseId)).isEqualTo("AGREED");

        for (String secret : List.of(phone, id, name, occupation, "1975-01-02", "1985-07-02")) {
            assertThat(engineRowsContaining(secret)).as("engine rows with " + secret).isEmpty();
        }
        assertThat(count("select count(*) from case_party where phone = ? and id_number = ?", phone, id)).isEqualTo(1);
        assertThat(count("select count(*) from case_party where occupation = ? and birth_date is not null", occupation))
                .isEqualTo(1);
    }

    @Test
    void anIntakeToBeCorrectedKeepsThePartiesInTheProjectsTableOnly() {
        String phone = "1390001" + String.format("%04d", (int) (System.nanoTime() % 10000));
        String goodId = idNumber("41088119750102001");
        // the same number with a wrong check character
        String badId = goodId.substring(0, 17) + (goodId.charAt(17) == '1' ? '2' : '1');
        WebappSession tasklist = webapp("tasklist", "zhangli");
        HttpResponse<String> started = tasklist.post(WebappSession.engine(
                "process-definition/key/case-intake/submit-form"), submission(intake("诸葛待改", phone, badId)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = json(started).path("id").asText();
        Task correct = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("correctIntake")
                .singleResult();
        assertThat(correct.getAssignee()).isEqualTo("zhangli");
        assertThat(engineRowsContaining(phone)).isEmpty();
        assertThat(count("select count(*) from intake_draft where process_instance_id = ?", instance)).isEqualTo(1);

        // the correction form shows the registrar what she typed; anyone else sees it masked
        var own = json(tasklist.get(WebappSession.engine("task/" + correct.getId() + "/form-variables")));
        assertThat(own.path("applicantPhone").path("value").asText()).isEqualTo(phone);
        assertThat(own.path("applicantName").path("value").asText()).isEqualTo("诸葛待改");
        var admin = json(get("admin", "/engine-rest/task/" + correct.getId() + "/form-variables"));
        assertThat(admin.path("applicantPhone").path("value").asText()).contains("****");
        assertThat(admin.path("applicantName").path("value").asText()).isEqualTo("诸某");

        HttpResponse<String> corrected = tasklist.post(WebappSession.engine("task/" + correct.getId()
                + "/submit-form"), submission(intake("诸葛待改", phone, goodId)));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);
        assertThat(count("select count(*) from case_party where phone = ?", phone)).isEqualTo(1);
        assertThat(count("select count(*) from intake_draft where process_instance_id = ?", instance)).isZero();
        assertThat(engineRowsContaining(phone)).isEmpty();
        assertThat(engineRowsContaining(goodId)).isEmpty();
    }

    private static Map<String, Object> intake(String name, String phone, String id) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", "WALK_IN");
        form.put("category", "NEIGHBOR");
        form.put("summary", name + "与邻居因排水沟发生纠纷，联系电话" + phone);
        form.put("townCode", KEJING);
        form.put("villageCode", DONGXU);
        form.put("applicantName", name);
        form.put("applicantPhone", phone);
        form.put("applicantIdNumber", id);
        form.put("respondentName", "邻居甲");
        form.put("respondentPhone", "0391-6612345");
        form.put("peopleInvolved", 2);
        return form;
    }

    /** Every engine row (variables, history, details, byte arrays) whose text holds the value. */
    List<String> engineRowsContaining(String value) {
        List<String> rows = new java.util.ArrayList<>();
        for (String[] column : new String[][] {{"ACT_RU_VARIABLE", "TEXT_"}, {"ACT_RU_VARIABLE", "TEXT2_"},
                {"ACT_HI_VARINST", "TEXT_"}, {"ACT_HI_VARINST", "TEXT2_"}, {"ACT_HI_DETAIL", "TEXT_"},
                {"ACT_HI_DETAIL", "TEXT2_"}, {"ACT_HI_TASKINST", "NAME_"}, {"ACT_HI_TASKINST", "DESCRIPTION_"},
                {"ACT_RU_TASK", "NAME_"}, {"ACT_HI_OP_LOG", "NEW_VALUE_"}, {"ACT_HI_OP_LOG", "ORG_VALUE_"},
                {"ACT_RU_JOB", "EXCEPTION_MSG_"}, {"ACT_HI_COMMENT", "MESSAGE_"}}) {
            rows.addAll(jdbc.queryForList("select " + column[1] + " from " + column[0] + " where " + column[1]
                    + " like ?", String.class, "%" + value + "%").stream().map(v -> column[0] + ": " + v).toList());
        }
        for (byte[] bytes : jdbc.queryForList("select BYTES_ from ACT_GE_BYTEARRAY where BYTES_ is not null",
                byte[].class)) {
            if (new String(bytes, StandardCharsets.UTF_8).contains(value)) {
                rows.add("ACT_GE_BYTEARRAY");
            }
        }
        return rows;
    }
}
