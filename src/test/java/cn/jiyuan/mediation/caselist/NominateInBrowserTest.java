package cn.jiyuan.mediation.caselist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

/**
 * 推荐为典型案例 in a real browser (headless chromium in Chinese, 1366×768): 张丽, logged in to Tasklist, opens a case
 * her committee concluded, submits the form without a title (the platform names the field in Chinese beside it),
 * then with one, and reads the confirmation with the anonymised text; once both reviews accepted it, the page 典型案例
 * from the header lists it. Nothing
 * in Latin letters on any of them. Screenshots: target/browser-screenshots/nominate-*.png.
 */
@DemoPlatformTest
@OnH2
class NominateInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser = Browser.shared();

    @Test
    void aMediatorNominatesAConcludedCaseAndSeesTheConfirmation() {
        JsonNode c = CaseRequests.register(new Http(port), "zhangli", "demo", CaseRequests.neighbourDispute());
        String pid = c.get("processInstanceId").asText();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("mediate").singleResult()
                .getId(), new HashMap<>(Map.of("mediationAction", "CONCLUDE", "outcome", "AGREEMENT_ORAL",
                "oralAgreementAllowed", true, "outcomeNotes", "双方当面达成口头协议。", "agreementTerms", "赔偿并道歉")));
        String base = "http://localhost:" + port;

        browser.size(1366, 768);
        browser.loginToTasklist(base, "zhangli", "demo");
        browser.open(base + "/cases/" + c.get("caseId").asLong());
        WebElement writeUp = browser.until(d -> browser.visible(By.id("nomination-writeup")));
        browser.show(writeUp);
        chineseOnly("nominate-01-form");

        // without a title: refused, the message beside the field, the text kept
        writeUp.sendKeys("王大山与李小河系东许村邻居，因院墙排水多次争吵。调解员联系王大山（电话13812341234），双方达成口头协议。");
        browser.press("提交推荐");
        WebElement error = browser.until(d -> browser.visible(By.cssSelector(".field.invalid .error")));
        assertThat(error.getText()).isEqualTo("请填写案例标题");
        assertThat(browser.driver().findElement(By.id("nomination-writeup")).getDomProperty("value")).contains("院墙排水");
        browser.show(error);
        chineseOnly("nominate-02-missing-title");

        browser.driver().findElement(By.id("nomination-title")).sendKeys("王大山诉李小河排水纠纷");
        browser.press("提交推荐");
        WebElement confirmation = browser.containing(".notice.ok", "已提交推荐，待司法所审核");
        String section = browser.driver().findElement(By.cssSelector(".panel.typical")).getText();
        assertThat(section).contains("待司法所审核", "王某诉李某排水纠纷", "王某与李某系东许村邻居", "电话××")
                .doesNotContain("王大山", "13812341234");
        assertThat(browser.driver().findElements(By.cssSelector("form.nominate"))).as("no form any more").isEmpty();
        browser.show(confirmation);
        chineseOnly("nominate-03-submitted");

        // accepted by the justice office and the grassroots section: published, in the list of the header's link
        review("chensiyuan", pid(c.get("caseId").asLong()), "案例典型，同意报送");
        review("zhaojiceng", pid(c.get("caseId").asLong()), null);
        browser.click(browser.withText("header.bar a", "典型案例"));
        browser.containing("a", "打印典型案例汇编");
        assertThat(browser.text()).contains("王某诉李某排水纠纷", "邻里", "克井镇", "王某与李某系东许村邻居");
        chineseOnly("nominate-04-typical-cases");
    }

    private String pid(long caseId) {
        return jdbc.queryForObject("select process_instance_id from typical_case where case_id = ?", String.class, caseId);
    }

    /** Accepts the nomination's open review through /engine-rest, as the reviewer's Tasklist form does. */
    private void review(String user, String processInstanceId, String opinion) {
        String task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        String body = "{\"variables\":{\"reviewDecision\":{\"value\":\"ACCEPT\"}"
                + (opinion == null ? "" : ",\"reviewOpinion\":{\"value\":\"" + opinion + "\"}") + "}}";
        assertThat(new Http(port).post("/engine-rest/task/" + task + "/complete", user, "demo", body).statusCode())
                .isEqualTo(204);
    }

    private void chineseOnly(String step) {
        browser.screenshot(step);
        assertThat(browser.asciiWords(Set.of())).as("words in Latin letters on %s", step).isEmpty();
        assertThat(browser.text()).as("unfilled placeholders on %s", step).doesNotContain("${");
    }
}
