package cn.jiyuan.mediation.performance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.intake.CaseIntakeRequest;
import cn.jiyuan.mediation.intake.CaseIntakeResult;
import cn.jiyuan.mediation.intake.CaseIntakeService;
import cn.jiyuan.mediation.intake.CaseIntakeValidation;
import cn.jiyuan.mediation.intake.IntakeScope;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.support.EngineUser;

/**
 * One dispute case from intake to closure, in this JVM through the services the API and Tasklist call, as the
 * village committee's mediator: intake ({@code POST /api/cases}'s validation, scope check and
 * {@link CaseIntakeService}: risk and triage DMN, case number, records, start of dispute-case), a recorded session
 * and "continue", a second session concluding with a written agreement (Art. 29 contents, the parties' particulars,
 * the agreement PDF), the judicial-confirmation record, then the three follow-up visits (day 7, the performance
 * deadline, day 30), each after its timer job has been executed, the last one closing the case. Task completions
 * carry the variables Tasklist submits (strings, the checklist as JSON) and run with the mediator's engine
 * authentication, so authorization and tenant checks apply.
 */
final class CaseLifecycle {

    private final CaseIntakeValidation validation;
    private final IntakeScope scope;
    private final CaseIntakeService intake;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    /** Nanoseconds and count per step, since {@link #resetSteps()}. */
    private final Map<String, long[]> steps = new LinkedHashMap<>();

    CaseLifecycle(CaseIntakeValidation validation, IntakeScope scope, CaseIntakeService intake, TaskService tasks,
                  ManagementService management, IdentityService identity, JdbcTemplate jdbc) {
        this.validation = validation;
        this.scope = scope;
        this.intake = intake;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** Runs one case through its whole life. @return the case id (its status is CLOSED) */
    long run(Disputes.Dispute dispute, String mediator, List<String> groups) throws Exception {
        long start = System.nanoTime();
        CaseIntakeRequest request = validation.read(json.readTree(dispute.json()));
        scope.refusal(groups, request.townCode()).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        CaseIntakeResult registered = intake.submit(request, mediator, null);
        String pid = registered.processInstanceId();
        start = step("intake", start);
        EngineUser.login(identity, mediator, groups);
        try {
            complete(pid, "mediate", session("FACE_TO_FACE", "双方陈述意见，初步同意协商解决。").putValue("mediationAction", "CONTINUE"));
            start = step("session", start);
            LocalDate performance = CaseTime.today().plusDays(15);
            VariableMap agreement = session("SEPARATE", "背靠背分别做工作后达成协议。");
            agreement.putAll(writtenAgreement(dispute, performance));
            complete(pid, "mediate", agreement);
            start = step("agreementWithPdf", start);
            complete(pid, "recordJudicialConfirmation", Variables.createVariables()
                    .putValue("judicialConfirmationApplied", true)
                    .putValue("judicialConfirmationDate", CaseTime.today().plusDays(3).toString()));
            start = step("judicialConfirmation", start);
            for (String result : List.of("IN_PROGRESS", "IN_PROGRESS", "FULFILLED")) {
                fireFollowUpTimer(pid);
                start = step("followUpTimer", start);
                complete(pid, "followUp", Variables.createVariables().putValue("followUpResult", result)
                        .putValue("followUpNotes", "电话回访双方，了解协议履行情况。"));
                start = step(result.equals("FULFILLED") ? "lastVisitAndClosure" : "followUp", start);
            }
        } finally {
            identity.clearAuthentication();
        }
        String status = jdbc.queryForObject("select status from case_file where id = ?", String.class, registered.caseId());
        if (!"CLOSED".equals(status)) {
            throw new IllegalStateException("case " + registered.caseNumber() + " ended as " + status);
        }
        return registered.caseId();
    }

    private long step(String name, long start) {
        long now = System.nanoTime();
        long[] total = steps.computeIfAbsent(name, n -> new long[2]);
        total[0] += now - start;
        total[1]++;
        return now;
    }

    void resetSteps() {
        steps.clear();
    }

    /** Mean milliseconds of each step since {@link #resetSteps()}. */
    Map<String, Double> stepMillis() {
        Map<String, Double> means = new LinkedHashMap<>();
        steps.forEach((name, total) -> means.put(name, Math.round(total[0] / 1e5 / total[1]) / 10.0));
        return means;
    }

    private void complete(String pid, String taskKey, VariableMap variables) {
        Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("no open task " + taskKey + " in " + pid);
        }
        tasks.complete(task.getId(), variables);
    }

    /**
     * The follow-up's timer job executed now, as the job executor runs it on its due date: without a user (the
     * mediator may neither see nor run jobs).
     */
    private void fireFollowUpTimer(String pid) {
        SystemAuthority.call(identity, () -> {
            Job timer = management.createJobQuery().processInstanceId(pid).activityId("followUpDue").singleResult();
            if (timer == null) {
                throw new IllegalStateException("no follow-up timer in " + pid);
            }
            management.executeJob(timer.getId());
            return null;
        });
    }

    private static VariableMap session(String mode, String notes) {
        return Variables.createVariables().putValue("sessionMode", mode).putValue("sessionPlace", "村委会调解室")
                .putValue("sessionForces", SpinValues.jsonValue("[\"MEDIATOR\",\"LEGAL_ADVISER\"]").create())
                .putValue("sessionParticipants", "双方当事人、调解员").putValue("sessionNotes", notes);
    }

    /** The mediation form concluding with a written agreement: Art. 29 contents and both parties' particulars. */
    private static Map<String, Object> writtenAgreement(Disputes.Dispute dispute, LocalDate performanceDeadline) {
        String id = dispute.applicantIdNumber();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("mediationAction", "CONCLUDE");
        form.put("outcome", "AGREEMENT_WRITTEN");
        form.put("outcomeNotes", "经两次调解，双方自愿达成协议。");
        form.put("agreementFacts", "双方因生产生活琐事发生纠纷，经调解查明事实清楚。");
        form.put("agreementResponsibility", "被申请人负主要责任。");
        form.put("agreementTerms", "1. 被申请人于期限内赔偿申请人损失\n2. 申请人不再追究其他责任");
        form.put("performanceMethod", "被申请人当面交付，调解员见证");
        form.put("performanceDeadline", performanceDeadline.toString());
        form.put("applicantType", "PERSON");
        form.put("applicantIdNumber", id);
        form.put("applicantPhone", dispute.applicantPhone());
        form.put("applicantSex", (id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
        form.put("applicantBirthDate", id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        form.put("applicantEthnicity", "01");
        form.put("applicantOccupation", "农民");
        form.put("applicantAddress", "河南省济源市本村一组8号");
        form.put("respondentType", "PERSON");
        form.put("respondentPhone", dispute.respondentPhone());
        form.put("respondentSex", "FEMALE");
        form.put("respondentBirthDate", "1985-07-02");
        form.put("respondentEthnicity", "01");
        form.put("respondentOccupation", "个体经营者");
        form.put("respondentAddress", "河南省济源市本村二组14号");
        return form;
    }
}
