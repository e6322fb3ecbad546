package cn.jiyuan.mediation.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.support.Browser;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;
import cn.jiyuan.mediation.support.SmtpPlatformTest;
import cn.jiyuan.mediation.support.SmtpServer;

/**
 * 三调联动 in Tasklist, in a real browser (headless chromium in Chinese, 1366×768): 张丽 refers her case to 克井人民法庭
 * from the mediation form — the kind, then a unit of that kind from the registry, the reason —, the letter is sent,
 * and she records the court's answer on 登记移送回复, where the referral is shown with the letter to open. Every page
 * is in Chinese. Screenshots: target/browser-screenshots/referral-*.
 */
@DemoPlatformTest
@OnH2
class ReferralInTasklistTest extends SmtpPlatformTest {

    private static final Set<String> ALLOWED_WORDS = Set.of("Camunda", "Platform");
    private static final Pattern TASK_IN_URL = Pattern.compile("[?&]task=([0-9a-f-]+)");

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser = Browser.shared();

    @Test
    void aMediatorRefersHerCaseToTheCourtAndRecordsItsAnswerInChinese() {
        SmtpServer.start();
        JsonNode registered = CaseRequests.register(new Http(port), "zhangli", "demo",
                CaseRequests.dispute().marker("移送浏览器").amount(3000).json());
        String caseNumber = registered.get("caseNumber").asText();
        long caseId = registered.get("caseId").asLong();

        browser.size(1366, 768);
        browser.loginToTasklist("http://localhost:" + port, "zhangli", "demo");
        browser.click(browser.containing("a", "本调委会待办"));
        openTask(caseNumber, "调解");
        claim();
        browser.choose("下一步", "移送有关部门处理（诉调、警调、访调对接或行政调解）");
        browser.choose("移送类别", "移送人民法院（诉调对接）");
        // the units of the kind chosen, from the registry: the town's tribunal and the city's court
        browser.choose("接收单位", "济源市人民法院克井人民法庭");
        browser.type("移送理由", "被申请人拒不改建排水沟，申请人坚持起诉，请求法院诉前调解或立案。");
        chineseOnly("referral-01-refer");
        String mediateTask = taskInUrl();
        browser.press("完成");
        awaitCompleted(mediateTask);
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId))
                .isEqualTo("REFERRED_OUT");
        // the letter's job, as the job executor would run it
        for (Job job : management.createJobQuery().processDefinitionKey("case-referral").executable().list()) {
            management.executeJob(job.getId());
        }

        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.click(browser.containing("a", "本调委会待办"));
        openTask(caseNumber, "登记移送回复");
        claim();
        WebElement summary = browser.field("移送情况").findElement(By.cssSelector("textarea"));
        browser.until(d -> summary.getDomProperty("value").contains("济源市人民法院克井人民法庭") ? true : null);
        assertThat(summary.getDomProperty("value")).contains("诉调对接", "王大山", "移送函：已于");
        WebElement letter = browser.containing("a", "查看、打印移送函");
        Object pdf = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done("
                + "r.status + ' ' + r.headers.get('Content-Type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))"
                + ".catch(e => done(String(e)));", letter.getAttribute("href"));
        assertThat(String.valueOf(pdf)).as("the letter, with the Tasklist login").isEqualTo("200 application/pdf %PDF-");
        browser.choose("移送结果", "已受理，由接收单位依法处理");
        browser.type("接收单位受理编号（立案号、受理号等）", "（2026）豫9001民初88号");
        browser.type("处理情况", "法院已立案受理，转诉前调解。");
        chineseOnly("referral-02-answer");
        String answerTask = taskInUrl();
        browser.press("完成");
        awaitCompleted(answerTask);
        assertThat(jdbc.queryForMap("select status, conclusion from case_file where id = ?", caseId))
                .containsEntry("status", "CLOSED").containsEntry("conclusion", "REFERRED");

        // the case page tells the course of the referral
        browser.open("http://localhost:" + port + "/cases/" + caseId);
        browser.until(d -> browser.text().contains("移送回复") ? true : null);
        assertThat(browser.text()).contains("已移送，待回复", "移送有关部门处理", "济源市人民法院克井人民法庭");
        chineseOnly("referral-03-case-page");
    }

    private void claim() {
        browser.press("认领");
        browser.until(d -> d.findElements(By.cssSelector("button")).stream()
                .noneMatch(b -> b.isDisplayed() && b.getText().strip().equals("认领")) ? true : null);
    }

    private void openTask(String caseNumber, String name) {
        browser.clickFound(d -> d.findElements(By.cssSelector(".tasks-list li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains(caseNumber) && li.getText().startsWith(name))
                .findFirst().orElse(null));
    }

    /** Takes the screenshot, then checks the page: Chinese only (the allowed words aside), no ${…}. */
    private void chineseOnly(String step) {
        browser.screenshot(step);
        assertThat(browser.asciiWords(ALLOWED_WORDS)).as("words in Latin letters on %s", step).isEmpty();
        assertThat(browser.text()).as("unfilled placeholders on %s", step).doesNotContain("${");
    }

    private String taskInUrl() {
        Matcher m = TASK_IN_URL.matcher(browser.until(d -> TASK_IN_URL.matcher(d.getCurrentUrl()).find()
                ? d.getCurrentUrl() : null));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void awaitCompleted(String taskId) {
        browser.until(d -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1
                ? true : null);
    }
}
