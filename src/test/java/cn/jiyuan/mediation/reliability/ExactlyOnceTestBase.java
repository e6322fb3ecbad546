package cn.jiyuan.mediation.reliability;

import static cn.jiyuan.mediation.support.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.CaseEndedEvent;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.SmtpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Every e-mail of process early-warning goes out once, whatever fails after it was sent: a commit that fails
 * after the SMTP server took the e-mail ({@link CommitFailsAfterSending}), and an optimistic-locking conflict of
 * the two branches meeting at reportJoin at the same time (forced: the first join holds its transaction open
 * until the second has read the same execution). Counted on the real SMTP server (GreenMail) and in sent_mail.
 */
@DemoPlatformTest
@Import(CommitFailsAfterSending.class)
abstract class ExactlyOnceTestBase {

    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";
    static final Set<String> CRITICAL_RECIPIENTS = Set.of("dangwei-419001100@jiyuan.example",
            "zhengfu-419001100@jiyuan.example", "sfs-419001100@jiyuan.example", "gongwei@jiyuan.example",
            "guanwei@jiyuan.example", "jicengke@jiyuan.example", "pcs-419001100@jiyuan.example");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SmtpServer.pointMailAt(registry);
    }

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * A fresh SMTP server before and after each test: case numbers repeat across the databases of one test JVM, and
     * the e-mails of one test must not be counted by another that filters by case number.
     */
    @BeforeEach
    @AfterEach
    void freshMailServer() {
        SmtpServer.stop();
        SmtpServer.start();
    }

    @Test
    void aCommitThatFailsAfterSendingIsRetriedWithoutSendingTheEmailAgain() throws Exception {
        JsonNode c = registerCritical("提交失败");
        long caseId = c.get("caseId").asLong();
        String number = c.get("caseNumber").asText();
        ProcessInstance warning = warningOf(number);
        String victim = "sfs-419001100@jiyuan.example";
        int failuresBefore = CommitFailsAfterSending.FAILED_COMMITS.get();
        CommitFailsAfterSending.arm(victim);

        List<Job> mailJobs = jobs(warning, "sendWarningMail");
        assertThat(mailJobs).hasSize(CRITICAL_RECIPIENTS.size());
        int failed = 0;
        for (Job job : mailJobs) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        assertThat(failed).isEqualTo(1);
        assertThat(CommitFailsAfterSending.FAILED_COMMITS.get()).isEqualTo(failuresBefore + 1);
        // the e-mail went out before the commit failed, and was recorded at once; its job is still there to retry
        assertThat(recipientsOf(receivedAbout(number))).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(sentMail(caseId)).isEqualTo(CRITICAL_RECIPIENTS.size());
        List<Job> left = jobs(warning, "sendWarningMail");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getRetries()).isEqualTo(2);

        // the retry finds the record and sends nothing; the process goes on
        management.executeJob(left.get(0).getId());
        assertThat(jobs(warning, "sendWarningMail")).isEmpty();
        assertThat(recipientsOf(receivedAbout(number))).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(sentMail(caseId)).isEqualTo(CRITICAL_RECIPIENTS.size());
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where case_id = ? and recipient = ?",
                Integer.class, caseId, victim)).isEqualTo(1);
        assertThat(jobs(warning, "reportJoin")).hasSize(1);
    }

    @Test
    void twoBranchesMeetingAtTheSameInstantRetryOnlyTheJoinAndEveryEmailGoesOutOnce() throws Exception {
        JsonNode c = registerCritical("分支汇合");
        long caseId = c.get("caseId").asLong();
        String number = c.get("caseNumber").asText();
        ProcessInstance warning = warningOf(number);
        jobs(warning, "sendWarningMail").forEach(j -> management.executeJob(j.getId()));
        assertThat(receivedAbout(number)).hasSize(CRITICAL_RECIPIENTS.size());

        // the case ends: now both branches wait before the join, each as a job of its own
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new CaseEndedEvent(caseId, "AGREED", "AGREEMENT_WRITTEN")));
        List<Job> joins = jobs(warning, "reportJoin");
        assertThat(joins).hasSize(2);

        Throwable conflict = joinAtTheSameInstant(joins.get(0), joins.get(1));
        System.out.println("[reliability] second join failed with " + conflict);
        assertThat(conflict).isInstanceOf(OptimisticLockingException.class);
        // nothing was sent by the failed join: only its own step is retried
        assertThat(jobs(warning, "sendOutcomeMail")).isEmpty();
        List<Job> retry = jobs(warning, "reportJoin");
        assertThat(retry).hasSize(1);
        management.executeJob(retry.get(0).getId());

        List<Job> reports = jobs(warning, "sendOutcomeMail");
        assertThat(reports).hasSize(CRITICAL_RECIPIENTS.size());
        reports.forEach(j -> management.executeJob(j.getId()));
        List<MimeMessage> outcome = receivedAbout(number).stream().filter(m -> subject(m).contains("处置结果")).toList();
        assertThat(recipientsOf(outcome)).containsExactlyInAnyOrderElementsOf(CRITICAL_RECIPIENTS);
        assertThat(receivedAbout(number)).hasSize(2 * CRITICAL_RECIPIENTS.size());
        assertThat(sentMail(caseId)).isEqualTo(2 * CRITICAL_RECIPIENTS.size());
        assertThat(jdbc.queryForObject("select status from stability_ledger where case_id = ?", String.class, caseId))
                .isEqualTo("CLOSED");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Runs the first join in a transaction held open until the second join has read the same executions, then
     * commits it: the second one's update finds the execution changed. Returns what the second one threw.
     */
    Throwable joinAtTheSameInstant(Job first, Job second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstJoined = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<?> one = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                management.executeJob(first.getId());
                firstJoined.countDown();
                try {
                    commitFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(firstJoined.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> two = threads.submit(() -> {
                try {
                    management.executeJob(second.getId());
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            // the second join reads the executions (not blocked: the first's changes are not committed) and then
            // waits for the first's row lock with its update
            Thread.sleep(1500);
            commitFirst.countDown();
            one.get(60, TimeUnit.SECONDS);
            return two.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    List<Job> jobs(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    }

    int sentMail(long caseId) {
        return jdbc.queryForObject("select count(*) from sent_mail where case_id = ?", Integer.class, caseId);
    }

    ProcessInstance warningOf(String caseNumber) {
        List<ProcessInstance> warnings = runtime.createProcessInstanceQuery().processDefinitionKey("early-warning")
                .processInstanceBusinessKey(caseNumber).list();
        assertThat(warnings).hasSize(1);
        return warnings.get(0);
    }

    /** 30 people in a land dispute, one side threatening violence: CRITICAL, seven recipients. */
    JsonNode registerCritical(String marker) throws IOException {
        ObjectNode body = CaseRequests.criticalDispute()
                .summary("东许村约30名村民因土地补偿款分配问题聚集，一方扬言报复（" + marker + "）。")
                .applicant("王大山", "13812341234", null).json();
        JsonNode created = CaseRequests.register(new Http(port), "zhangli", "demo", body);
        assertThat(created.get("riskLevel").asText()).isEqualTo("CRITICAL");
        return created;
    }

    static List<MimeMessage> receivedAbout(String caseNumber) {
        return SmtpServer.received().stream().filter(m -> subject(m).contains(caseNumber)).toList();
    }

    static List<String> recipientsOf(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
