package cn.jiyuan.mediation.codelabels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.support.Browser;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;

/**
 * The justice office's supervisor 陈思远 opens a case of his town in Cockpit, in a real browser: its variables and
 * the mediation task's candidate group read 邻里 and 克井镇东许村人民调解委员会, not the codes the engine
 * holds; the code stays the element's tooltip for whoever needs it.
 */
@DemoPlatformTest
@OnH2
class CodeLabelsInCockpitTest {

    @LocalServerPort
    int port;

    private final Browser browser = Browser.shared();

    @Test
    void aSupervisorReadsLabelsWhereTheEngineHoldsCodes() {
        JsonNode created = CaseRequests.register(new Http(port), "zhangli", "demo",
                CaseRequests.dispute().json());
        String instance = created.get("processInstanceId").asText();
        String base = "http://localhost:" + port;

        browser.size(1366, 768);
        browser.loginToCockpit(base, "chensiyuan", "demo");
        browser.open(base + "/camunda/app/cockpit/default/#/process-instance/" + instance
                + "/runtime?tab=variables-tab");
        WebElement category = browser.until(d -> d.findElements(By.cssSelector("[title='NEIGHBOR']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(category.getText()).contains("邻里");
        // and the words Cockpit writes in English whatever its language
        browser.until(d -> browser.text().contains("北京时间") ? true : null);
        assertThat(browser.text()).doesNotContain("NEIGHBOR", "VC419001100201", "Actions", "Asia/Shanghai");
        browser.screenshot("cockpit-01-variables");

        browser.open(base + "/camunda/app/cockpit/default/#/process-instance/" + instance
                + "/runtime?tab=user-tasks-tab");
        // the task's groups, in the dialog its first action opens
        browser.click(browser.until(d -> d.findElements(By.cssSelector("tbody tr td:last-child a,"
                + " tbody tr td:last-child button")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        WebElement group = browser.until(d -> d.findElements(By.cssSelector(".modal [title='committee-VC"
                + CaseRequests.DONGXU + "']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(group.getText()).contains("克井镇东许村人民调解委员会");
        browser.screenshot("cockpit-02-task-groups");
    }
}
