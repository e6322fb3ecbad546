package cn.jiyuan.mediation.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.support.Browser;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.OnH2;

/**
 * The mediator's day in Tasklist, in a real browser (headless chromium in Chinese), on a laptop screen and on a
 * desktop screen: 张丽 registers a dispute on the intake form, claims the mediation task, records a session,
 * and concludes with a written agreement; a 履行期限 in the past is refused by the platform with its Chinese
 * message under that field. Every page she sees is in Chinese: no English word, no engine code, no unfilled
 * {@code ${…}}. Screenshots of every step: target/browser-screenshots/.
 */
@DemoPlatformTest
@OnH2
class MediatorDayInTasklistTest {

    /** Latin words a Chinese page may show: the footer's credit ("技术支持：Camunda Platform"). */
    private static final Set<String> ALLOWED_WORDS = Set.of("Camunda", "Platform");
    private static final Pattern TASK_IN_URL = Pattern.compile("[?&]task=([0-9a-f-]+)");

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    private final Browser browser = Browser.shared();

    /**
     * The whole day on the laptop screen, where space is short (the date picker at the foot of the pane); on the
     * desktop screen up to the recorded session (the forms and the task card at that width), which keeps the build's
     * time down: the rest of the day looks the same there.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768, true", "1920, 1080, false"})
    void mediatorRegistersMediatesAndConcludesInChinese(int width, int height, boolean wholeDay) {
        String screen = width + "x" + height;
        browser.size(width, height);
        browser.loginToTasklist("http://localhost:" + port, "zhangli", "demo");
        chineseOnly(screen + "-01-tasklist");

        // 受理登记: the intake form, started from "发起流程"
        browser.click(browser.containing("a", "发起流程"));
        browser.click(browser.containing(".modal a", "案件受理登记"));
        assertThat(browser.field("纠纷类型").getText()).as("an empty dropdown").contains("请选择");
        browser.press("发起");
        assertThat(browser.errorsOf("纠纷类型")).as("form-js's required check").isEqualTo("此项为必填项");
        browser.show(browser.field("纠纷类型"));
        chineseOnly(screen + "-02-intake-form-empty");
        browser.choose("案件来源", "来访");
        browser.choose("纠纷类型", "邻里");
        browser.type("纠纷简要情况", "两家因院墙排水问题多次争吵，申请人要求被申请人改建排水沟。");
        browser.choose("镇(街道)", "克井镇");
        // the village is picked from the registry, among the chosen town's
        browser.choose(browser.fieldStartingWith("村(社区)"), "东许村");
        browser.type(browser.field("姓名", 0), "王大山");
        browser.type(browser.field("联系电话", 0), "13812341234");
        browser.type(browser.field("身份证号码", 0), CaseRequests.idNumber("41088119800315123") + "0");
        browser.tick("同意调解", 0);
        assertThat(browser.errorsOf("身份证号码")).as("form-js's own check, in Chinese").isEqualTo("最多 18 个字");
        chineseOnly(screen + "-03-intake-form-check");
        browser.type(browser.field("身份证号码", 0), CaseRequests.idNumber("41088119800315123"));
        browser.type(browser.field("姓名", 1), "李小河");
        browser.type(browser.field("联系电话", 1), "0391-6612345");
        browser.tick("同意调解", 1);
        browser.type("涉及金额（元）", "3000");
        chineseOnly(screen + "-04-intake-form");
        browser.press("发起");
        browser.until(d -> browser.text().contains("流程已发起") ? true : null);
        runJobs();
        String caseNumber = latestCaseNumber();
        // the registrar learns the case number, the committee and the deadline at once
        browser.until(d -> browser.text().contains("已受理登记") ? true : null);
        assertThat(browser.text()).contains("案号" + caseNumber + "，由克井镇东许村人民调解委员会办理，办理期限至");
        chineseOnly(screen + "-05-registered");

        // the mediation task of the committee: claim it, record a session and continue
        browser.click(browser.containing("a", "本调委会待办"));
        WebElement card = browser.containing(".tasks-list li", caseNumber);
        browser.until(d -> card.findElements(By.cssSelector(".mediation-card")).isEmpty() ? null : true);
        assertThat(card.findElement(By.cssSelector(".mediation-card")).getText()).as("the task card")
                .contains("邻里", "期限", "申请人 王大山");
        assertThat(card.findElement(By.cssSelector(".mediation-card")).getSize().getWidth())
                .as("the case line spans the card").isGreaterThan(card.getSize().getWidth() * 2 / 3);
        browser.clickFound(d -> d.findElements(By.cssSelector(".tasks-list li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains(caseNumber)).findFirst().orElse(null));
        browser.press("认领");
        browser.until(d -> d.findElements(By.cssSelector("button")).stream()
                .noneMatch(b -> b.isDisplayed() && b.getText().strip().equals("认领")) ? true : null);
        browser.choose("调解方式", "面对面");
        browser.type("调解地点", "东许村村委会调解室");
        browser.choose("参与力量（六种力量）", "人民调解员");
        browser.type("参加人员", "双方当事人");
        browser.type("调解情况", "双方陈述意见，同意继续协商。");
        browser.choose("下一步", "记录本次调解，继续调解");
        chineseOnly(screen + "-06-session");
        String sessionTask = taskInUrl();
        browser.press("完成");
        awaitCompleted(sessionTask);
        runJobs();
        if (!wholeDay) {
            return;
        }

        // the task comes back to her: conclude with a written agreement
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.click(browser.containing("a", "我的任务"));
        browser.clickFound(d -> d.findElements(By.cssSelector(".tasks-list li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains(caseNumber)).findFirst().orElse(null));
        browser.choose("下一步", "调解结束，记录调解结果");
        browser.choose("调解结果", "达成书面协议");
        browser.type("调解情况说明", "经调解，双方就排水沟改建达成一致。");
        browser.type("纠纷主要事实", "两家因院墙排水问题多次争吵。");
        browser.type("争议事项及各方责任", "排水沟走向；被申请人负主要责任。");
        browser.type("协议内容", "被申请人于一个月内改建排水沟。");
        browser.type("履行方式", "被申请人自行施工，申请人配合。");
        // 人民调解法 Art. 29: the parties' particulars, printed in full on the agreement (sex and birth date of
        // the applicant come from the ID number given at intake)
        browser.choose(browser.field("民族", 0), "汉族");
        browser.type(browser.field("职业", 0), "农民");
        browser.type(browser.field("住所", 0), "济源市克井镇东许村");
        browser.choose(browser.field("性别", 1), "男");
        browser.date(browser.field("出生日期", 1), LocalDate.of(1975, 4, 2));
        browser.choose(browser.field("民族", 1), "汉族");
        browser.type(browser.field("职业", 1), "个体经营");
        browser.type(browser.field("住所", 1), "济源市克井镇东许村");
        // opened at the foot of the pane, as a mediator scrolling down meets it: the calendar comes whole into view
        WebElement deadline = browser.field("履行期限").findElement(By.cssSelector("input"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const input = arguments[0]; input.scrollIntoView({block: 'end'});"
                        + " const f = document.querySelector('footer');"
                        + " const limit = Math.min(innerHeight, f ? f.getBoundingClientRect().top : innerHeight);"
                        + " const below = input.getBoundingClientRect().bottom - (limit - 4);"
                        + " for (let e = input.parentElement; e && below > 0; e = e.parentElement) {"
                        + "   if (e.scrollHeight > e.clientHeight && /auto|scroll/.test(getComputedStyle(e).overflowY)) {"
                        + "     e.scrollTop += below; break; } }", deadline);
        deadline.click();
        browser.until(d -> browser.visible(By.cssSelector(".flatpickr-calendar.open")));
        browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = document.querySelector('.flatpickr-calendar.open').getBoundingClientRect();"
                        + " const f = document.querySelector('footer');"
                        + " return c.bottom <= Math.min(innerHeight, f ? f.getBoundingClientRect().top : innerHeight);"))
                ? true : null);
        assertThat(browser.field("履行期限").findElement(By.cssSelector("input")).getAttribute("placeholder"))
                .as("the date's order, as in China").isEqualTo("年/月/日");
        chineseOnly(screen + "-07-date-picker");
        assertThat(browser.driver().findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst())
                .as("the date picker's first weekday").hasValue("周一");
        LocalDate today = CaseTime.today();
        browser.date("履行期限", today.minusDays(3));
        String concludeTask = taskInUrl();
        browser.press("完成");

        assertThat(browser.errorsOf("履行期限")).as("the platform's rule beside its field")
                .isEqualTo("履行期限不能早于今天");
        String notification = browser.containing(".notifications-panel .alert, .page-notifications .alert",
                "履行期限").getText();
        assertThat(notification).contains("履行期限不能早于今天").doesNotContain(concludeTask)
                .doesNotContainPattern("[A-Za-z]{2,}");
        chineseOnly(screen + "-08-rule-beside-field");

        browser.date("履行期限", today.plusDays(30));
        assertThat(browser.field("履行期限").findElements(By.cssSelector(".fjs-form-field-error")))
                .as("the message goes once the field is changed").isEmpty();
        browser.dismissNotifications();
        browser.press("完成");
        awaitCompleted(concludeTask);
        browser.until(d -> d.findElements(By.cssSelector(".tasks-list li")).stream().map(WebElement::getText)
                .filter(t -> t.contains(caseNumber)).noneMatch(t -> t.startsWith("调解")) ? true : null);
        chineseOnly(screen + "-09-concluded");

        // 司法确认 goes to her: the agreement is opened from the task, as the parties will sign and print it
        browser.click(browser.containing("a", "我的任务"));
        browser.clickFound(d -> d.findElements(By.cssSelector(".tasks-list li")).stream()
                .filter(li -> li.getText().contains(caseNumber) && li.getText().contains("司法确认")).findFirst()
                .orElse(null));
        WebElement link = browser.containing("a", "查看、打印调解协议书");
        String href = link.getAttribute("href");
        chineseOnly(screen + "-10-agreement-link");
        Object pdf = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done("
                + "r.status + ' ' + r.headers.get('Content-Type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))"
                + ".catch(e => done(String(e)));", href);
        assertThat(String.valueOf(pdf)).as("the agreement, with the Tasklist login")
                .isEqualTo("200 application/pdf %PDF-");

        // and the case is found in 我的案件 by a party's name
        browser.open("http://localhost:" + port + "/cases?q=" + java.net.URLEncoder.encode("王大山",
                java.nio.charset.StandardCharsets.UTF_8));
        browser.until(d -> browser.text().contains(caseNumber) ? true : null);
        chineseOnly(screen + "-11-case-list");
    }

    /** Takes the screenshot, then checks the page: Chinese only (the allowed words aside), no ${…}. */
    private void chineseOnly(String step) {
        browser.screenshot(step);
        String text = browser.text();
        assertThat(browser.asciiWords(ALLOWED_WORDS)).as("words in Latin letters on %s", step).isEmpty();
        assertThat(text).as("unfilled placeholders on %s", step).doesNotContain("${");
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

    /** The job executor is off in tests: runs the jobs the intake and the mediation left (as it would). */
    private void runJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(j -> j.getProcessDefinitionKey() != null
                            && List.of("case-intake", "dispute-case").contains(j.getProcessDefinitionKey()))
                    .filter(j -> j.getDuedate() == null)
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    /** The case number the last intake gave (the intake process keeps it). */
    private String latestCaseNumber() {
        HistoricProcessInstance intake = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("case-intake").orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
        return browser.until(d -> history.createHistoricVariableInstanceQuery()
                .processInstanceId(intake.getId()).variableName("caseNumber").list().stream()
                .map(HistoricVariableInstance::getValue).map(String::valueOf).findFirst().orElse(null));
    }
}
