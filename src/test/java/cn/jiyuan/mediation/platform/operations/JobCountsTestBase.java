package cn.jiyuan.mediation.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The job counts behind the metrics and the job executor's health, on the demo platform's shared context of the
 * subclass's database, where the job executor is off (as on a node started without job execution): such a node is
 * ready, and jobs nobody executes become overdue once they have waited past the limit (the engine's clock is moved).
 */
@DemoPlatformTest
abstract class JobCountsTestBase {

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EngineJobCounts counts;

    @Test
    void aNodeStartedWithoutJobExecutionIsReady() throws IOException {
        HttpResponse<String> readiness = new Http(managementPort).get("/actuator/health/readiness", null, null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode components = json.readTree(readiness.body()).get("components");
        assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void jobsWaitingPastTheLimitAreOverdueAndTimersDueLaterAreNot() {
        Duration limit = counts.overdueAfter();
        assertThat(limit).isEqualTo(Duration.ofMinutes(15));
        JsonNode critical = register(OperationsTestBase.KEJING, "LAND", 30, "VIOLENCE_THREAT");
        ProcessInstance warning = runtime.createProcessInstanceQuery().processDefinitionKey("early-warning")
                .processInstanceBusinessKey(critical.get("caseNumber").asText()).singleResult();
        List<Job> mails = management.createJobQuery().processInstanceId(warning.getId()).list();
        assertThat(mails).hasSize(7).allMatch(j -> j.getDuedate() == null);
        List<Job> timers = management.createJobQuery().processInstanceId(critical.get("processInstanceId").asText())
                .timers().list();
        assertThat(timers).isNotEmpty().allMatch(j -> j.getDuedate().after(new Date()));

        // now: the e-mails are due (waiting for an executor), none is overdue yet
        assertThat(withSuspended(mails).due()).isEqualTo(counts.refresh().due() - 7);
        assertThat(withSuspended(mails).overdue()).isEqualTo(counts.refresh().overdue());

        Date now = ClockUtil.getCurrentTime();
        try {
            ClockUtil.setCurrentTime(new Date(now.getTime() + limit.minusMinutes(1).toMillis()));
            assertThat(withSuspended(mails).overdue()).as("14 minutes later").isEqualTo(counts.refresh().overdue());

            ClockUtil.setCurrentTime(new Date(now.getTime() + limit.plusMinutes(1).toMillis()));
            long overdue = counts.refresh().overdue();
            assertThat(withSuspended(mails).overdue()).as("16 minutes later").isEqualTo(overdue - 7);
            // the case's deadline timers are due in weeks: never overdue
            assertThat(withSuspended(timers).overdue()).isEqualTo(overdue);
        } finally {
            ClockUtil.reset();
        }
    }

    /** The counts while the jobs are suspended (not counted), taken again after they are active again. */
    private EngineJobCounts.Counts withSuspended(List<Job> jobs) {
        jobs.forEach(j -> management.suspendJobById(j.getId()));
        try {
            return counts.refresh();
        } finally {
            jobs.forEach(j -> management.activateJobById(j.getId()));
        }
    }

    private JsonNode register(String town, String category, int people, String indicator) {
        return CaseRequests.register(new Http(port), "zhangli", "demo", CaseRequests.dispute().category(category)
                .summary("东许村村民因土地补偿款分配问题聚集，一方扬言动刀子。").place(town, OperationsTestBase.DONGXU)
                .people(people).risk(indicator).withoutContacts().json());
    }
}
