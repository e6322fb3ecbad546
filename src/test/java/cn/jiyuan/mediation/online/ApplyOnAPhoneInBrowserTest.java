package cn.jiyuan.mediation.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jiyuan.mediation.support.Browser;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.OnH2;

/**
 * 掌上调解 in a real browser on a phone's screen (headless chromium in Chinese, 360×740 CSS pixels, a touch device): a
 * citizen goes through the six steps (a wrong phone number is told beside the field), agrees to the two notices,
 * submits — the page solves the proof of work itself — gets the case number, and reads the case's stage with the
 * number and the phone. Every view is in Chinese only and nothing is wider than the screen. The same page on a
 * desktop, and the committee's mediator finding the application in Tasklist, marked 网上申请. Screenshots:
 * target/browser-screenshots/public-*.png.
 */
@DemoPlatformTest
@OnH2
class ApplyOnAPhoneInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    PublicLimits limits;

    private final Browser browser = Browser.shared();

    @BeforeEach
    void phone() {
        limits.clear();
        browser.forgetSession();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void desktopAgain() {
        // the browser is shared by every browser test of the JVM
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void aCitizenAppliesOnAPhoneAndReadsTheStageOfTheCase() {
        String base = "http://localhost:" + port;
        browser.open(base + "/public/");
        browser.until(d -> browser.visible(By.cssSelector("#categories .choice")));
        assertThat(script("return window.innerWidth")).isEqualTo(360L);
        check("public-01-category");
        // how long this browser takes for a proof of work of the configured difficulty (printed, not asserted)
        Object solvedIn = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('api/challenge').then(r => r.json()).then(c => {
                  const worker = new Worker('pow-worker.js');
                  const started = performance.now();
                  worker.onmessage = e => done(c.difficulty + ' bits, nonce ' + e.data.nonce + ', '
                      + Math.round(performance.now() - started) + ' ms');
                  worker.postMessage({challenge: c.challenge, difficulty: c.difficulty});
                });
                """);
        System.out.println("[public] proof of work in chromium: " + solvedIn);

        // 1 what about: the categories in plain words with examples
        assertThat(browser.text()).contains("邻里纠纷", "院墙、排水、通行、噪音");
        browser.press("下一步");
        assertThat(browser.containing(".error", "请选择纠纷类型")).isNotNull();
        browser.click(browser.containing("#categories .choice", "邻里纠纷"));
        browser.press("下一步");

        // 2 where: the town, then its village
        browser.until(d -> browser.visible(By.id("townCode")));
        new Select(browser.driver().findElement(By.id("townCode"))).selectByVisibleText("克井镇");
        new Select(browser.driver().findElement(By.id("villageCode"))).selectByVisibleText("东许村");
        check("public-02-place");
        browser.press("下一步");

        // 3 who
        type("otherPartyName", "李小河");
        type("otherPartyPhone", "0391-6612345");
        check("public-03-other-party");
        browser.press("下一步");

        // 4 what happened, what is wanted
        type("facts", "我家和李小河家院墙之间的排水沟堵了，一下雨水就流进我家院子，找他几次都不管。");
        type("request", "请他把排水沟清理通畅，以后轮流清理。");
        type("amountInvolved", "800");
        check("public-04-facts");
        browser.press("下一步");

        // 5 how to reach the applicant: a wrong number is told beside the field
        type("applicantName", "王大山");
        type("applicantPhone", "12345");
        browser.press("下一步");
        WebElement error = browser.containing(".error[data-for=applicantPhone]", "号码格式不对");
        browser.show(error);
        check("public-05-wrong-phone");
        String phone = PublicClient.randomMobile();
        type("applicantPhone", phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7));
        browser.press("下一步");

        // 6 review, the two notices, submit: the page solves the proof of work
        browser.until(d -> browser.visible(By.id("review")));
        assertThat(browser.driver().findElement(By.id("review")).getText()).contains("邻里纠纷", "克井镇东许村", "李小河",
                "排水沟", "王大山");
        check("public-06-review");
        WebElement notice = browser.containing(".notice", "个人信息处理告知");
        browser.show(notice);
        assertThat(notice.getText()).contains("用来做什么", "保存多久", "您的权利");
        check("public-07-privacy-notice");
        browser.click(browser.driver().findElement(By.id("consentToMediation")));
        browser.click(browser.driver().findElement(By.id("consentToPersonalData")));
        long submitted = System.nanoTime();
        browser.press("提交申请");

        WebElement number = browser.until(d -> {
            WebElement shown = browser.visible(By.id("done-number"));
            return shown != null && !shown.getText().isBlank() ? shown : null;
        });
        String caseNumber = number.getText().strip();
        // what the citizen waits (the proof of work mostly solved while the form was filled in, and the intake)
        System.out.printf("[public] case number shown %d ms after 提交申请%n", (System.nanoTime() - submitted) / 1_000_000);
        assertThat(caseNumber).matches("（\\d{4}）克井镇东许村调字第\\d+号");
        assertThat(browser.driver().findElement(By.id("apply-done")).getText()).contains("申请已提交",
                "克井镇东许村人民调解委员会", "打电话与您联系");
        check("public-08-submitted");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("contactApplicant")
                .count()).isEqualTo(1);

        // the status: number and phone are filled in from the application
        browser.press("查询进度");
        browser.until(d -> browser.visible(By.id("status-form")));
        assertThat(browser.driver().findElement(By.id("caseNumber")).getDomProperty("value")).isEqualTo(caseNumber);
        browser.press("查询");
        WebElement stage = browser.until(d -> browser.visible(By.id("result-stage")));
        assertThat(stage.getText()).isEqualTo("已受理");
        String result = browser.driver().findElement(By.id("status-result")).getText();
        assertThat(result).contains(caseNumber, "克井镇东许村人民调解委员会", "0391-6100201")
                .doesNotContain("王大山", "李小河", "排水沟");
        check("public-09-status");

        // a wrong phone: the same sentence as for an unknown number
        WebElement phoneField = browser.driver().findElement(By.id("phone"));
        phoneField.clear();
        phoneField.sendKeys(PublicClient.randomMobile());
        browser.press("查询");
        browser.containing(".error", "没有找到与这个案号和电话相符的申请");
        check("public-10-wrong-phone");
    }

    @Test
    void thePageOnADesktopAndTheApplicationInTheCommitteesTasklist() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.size(1366, 768);
        String base = "http://localhost:" + port;
        browser.open(base + "/public/");
        browser.until(d -> browser.visible(By.cssSelector("#categories .choice")));
        check("public-11-desktop");
        browser.open(base + "/public/#status");
        browser.until(d -> browser.visible(By.id("status-form")));
        check("public-12-desktop-status");

        PublicClient api = new PublicClient(port);
        String caseNumber = api.applied(api.application(PublicClient.randomMobile(), "租房押金三千元，房东拖着不退。"))
                .get("caseNumber").asText();

        browser.loginToTasklist(base, "zhangli", "demo");
        browser.click(browser.containing("a", "本调委会待办"));
        WebElement card = browser.containing(".tasks-list li", "联系网上申请人 " + caseNumber);
        browser.until(d -> card.findElements(By.cssSelector(".mediation-card")).isEmpty() ? null : true);
        assertThat(card.findElement(By.cssSelector(".mediation-card")).getText()).contains("网上申请", "邻里",
                "申请人 网申");
        browser.show(card);
        browser.screenshot("public-13-tasklist");

        // the task's form: the application at a glance, read from the case tables
        browser.clickFound(d -> d.findElements(By.cssSelector(".tasks-list li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains("联系网上申请人 " + caseNumber)).findFirst()
                .orElse(null));
        WebElement summary = browser.field("网上申请");
        browser.until(d -> summary.findElement(By.cssSelector("textarea")).getDomProperty("value").contains("租房押金")
                ? true : null);
        assertThat(summary.findElement(By.cssSelector("textarea")).getDomProperty("value"))
                .contains("申请人：网申", "对方当事人：对方", "克井镇东许村", "请在一个工作日内");
        browser.screenshot("public-14-contact-form");
        assertThat(browser.asciiWords(Set.of("Camunda", "Platform"))).isEmpty();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        browser.click(input);
        input.clear();
        input.sendKeys(text);
    }

    /** A screenshot, and what it must show: Chinese only, nothing cut off at the right edge. */
    private void check(String step) {
        browser.screenshot(step);
        assertThat(browser.asciiWords(Set.of())).as("words in Latin letters on %s", step).isEmpty();
        assertThat(browser.text()).as("unfilled placeholders on %s", step).doesNotContain("${");
        assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("wider than the screen on %s", step).isLessThanOrEqualTo(0L);
    }
}
