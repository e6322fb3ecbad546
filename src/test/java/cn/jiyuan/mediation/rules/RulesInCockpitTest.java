package cn.jiyuan.mediation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
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
 * 规则管理 in Cockpit, in a real browser at 1366×768: the grassroots section (赵基层) sees both rule sets with their
 * versions in Chinese, has a broken risk rule refused with the failing examples named, tests and deploys a triage rule
 * with its own example (the next intake is triaged by it) and rolls it back; a justice office (陈思远) reads the
 * versions without the forms. Versions deployed here are deleted afterwards (the context is shared).
 */
@DemoPlatformTest
@OnH2
class RulesInCockpitTest {

    /** The footer's credit (技术支持：Camunda Platform). */
    private static final Set<String> ALLOWED_WORDS = Set.of("Camunda", "Platform");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser = Browser.shared();

    @AfterEach
    void backToTheShippedRules() {
        for (Deployment d : repository.createDeploymentQuery().deploymentSource(RuleVersions.DEPLOYMENT_SOURCE).list()) {
            repository.deleteDeployment(d.getId(), true);
        }
        jdbc.update("delete from rule_version");
    }

    @Test
    void theGrassrootsSectionTestsDeploysAndRollsBackARuleInCockpit() {
        String base = "http://localhost:" + port;
        int shipped = repository.createDecisionDefinitionQuery().decisionDefinitionKey("triage").latestVersion()
                .singleResult().getVersion();
        browser.size(1366, 768);
        browser.loginToCockpit(base, RulesApiTestBase.GRASSROOTS, "demo");
        browser.click(browser.withText("a[href='#/mediation-rules']", "规则管理"));
        WebElement triage = set("triage");
        assertThat(text(triage)).contains("分类分流规则", "当前为第" + shipped + "版", "随平台发布", "平台");
        assertThat(text(set("risk-assessment"))).contains("风险研判规则");
        browser.screenshot("rules-01-versions");

        // a broken risk rule: refused, the failing examples named in Chinese
        WebElement risk = set("risk-assessment");
        choose(risk, "file", "risk-assessment.dmn", RuleFiles.riskWithoutTheCategoryRule());
        // the chosen file is named beside the page's own Chinese button (the browser's file input is hidden under it)
        assertThat(text(risk.findElement(By.cssSelector(".mr-chosen[data-for=file]")))).isEqualTo("risk-assessment.dmn");
        assertThat(text(risk.findElement(By.cssSelector(".mr-chosen[data-for=examples]")))).isEqualTo("未选择文件");
        assertThat(text(risk.findElement(By.cssSelector(".mr-file label")))).isEqualTo("选择文件");
        risk.findElement(By.cssSelector(".mr-upload textarea[name=reason]")).sendKeys("邻里纠纷不再提高风险");
        browser.click(risk.findElement(By.cssSelector(".mr-upload [data-action=deploy]")));
        WebElement refused = browser.until(d -> d.findElements(By.cssSelector(".mr-result.mr-refused[data-rule-set='risk-assessment']"))
                .stream().findFirst().orElse(null));
        assertThat(text(refused)).contains("风险研判新版本未通过测试，没有部署：4个样例的结果与期望不符",
                "项目样例第20行（邻里纠纷易引发民转刑，至少为中风险）", "期望 风险等级：中风险，是否预警：否；实际 风险等级：低风险，是否预警：否");
        browser.show(refused);
        browser.screenshot("rules-02-refused");

        // a triage rule with the supervisor's own example: tested, then deployed
        triage = set("triage");
        choose(triage, "file", "triage.dmn", RuleFiles.triageWithDemolitionRule());
        choose(triage, "examples", "我的样例.csv", RuleFiles.DEMOLITION_EXAMPLE);
        browser.click(triage.findElement(By.cssSelector(".mr-upload [data-action=test]")));
        assertThat(text(okSaying("triage", "测试通过："))).contains("上传的样例1个", "尚未部署");
        assertThat(version("triage")).isEqualTo(shipped);
        triage.findElement(By.cssSelector(".mr-upload textarea[name=reason]")).sendKeys("征地拆迁纠纷政策性强，改由镇(街道)调处");
        browser.click(triage.findElement(By.cssSelector(".mr-upload [data-action=deploy]")));
        okSaying("triage", "分类分流规则第" + (shipped + 1) + "版已部署，此后受理的案件按此版本分流");
        assertThat(version("triage")).isEqualTo(shipped + 1);
        WebElement current = browser.until(d -> d.findElements(By.cssSelector(".mr-set[data-rule-set='triage'] tr[data-version='"
                + (shipped + 1) + "']")).stream().findFirst().orElse(null));
        assertThat(text(current)).contains("当前", "上传新版本", "赵基层", "征地拆迁纠纷政策性强，改由镇(街道)调处", "上传的样例");
        assertThat(CaseRequests.register(new Http(port), "zhangli", "demo", CaseRequests.dispute().category("DEMOLITION")
                .summary("东许村两户因征地拆迁补偿分配发生争执。").json()).path("handlingLevel").asText()).isEqualTo("TOWN");
        browser.show(current);
        browser.screenshot("rules-03-deployed");
        assertThat(browser.asciiWords(ALLOWED_WORDS)).isEmpty();

        // the rollback from the page
        triage = set("triage");
        triage.findElement(By.cssSelector(".mr-rollback textarea[name=reason]")).sendKeys("试行后恢复原规则");
        browser.click(triage.findElement(By.cssSelector(".mr-rollback button[type=submit]")));
        okSaying("triage", "第" + (shipped + 2) + "版已部署（即第" + shipped + "版的内容）");
        assertThat(version("triage")).isEqualTo(shipped + 2);
        assertThat(text(set("triage").findElement(By.cssSelector("tr[data-version='" + (shipped + 2) + "']"))))
                .contains("回退到第" + shipped + "版", "试行后恢复原规则");
        browser.screenshot("rules-04-rolled-back");
        // no error of the page's script (answers such as the refusal's 422 are logged by the browser as failed loads)
        assertThat(browser.consoleErrors()).filteredOn(line -> !line.contains("Failed to load resource")).isEmpty();

        // the page's changes are in the audit log, through Cockpit, with the caller and the outcome
        JsonNode audit = RulesApiTestBase.json(new Http(port).get("/api/audit?userId=" + RulesApiTestBase.GRASSROOTS
                + "&wayIn=COCKPIT&action=WRITE&size=50", "admin", "admin-secret"));
        List<String> written = new ArrayList<>();
        audit.path("items").forEach(i -> written.add(i.path("path").asText().replaceFirst("^.*/rule-sets/", "") + " "
                + i.path("status").asInt()));
        assertThat(written).contains("risk-assessment/versions 422", "triage/test 200", "triage/versions 201",
                "triage/rollback 201");

        // a justice office reads the versions; it is offered no form
        browser.loginToCockpit(base, "chensiyuan", "demo");
        browser.open(base + "/camunda/app/cockpit/default/#/mediation-rules");
        assertThat(text(set("triage"))).contains("回退到第" + shipped + "版");
        assertThat(browser.driver().findElements(By.cssSelector("form.mr-upload, form.mr-rollback"))).isEmpty();
        assertThat(browser.asciiWords(ALLOWED_WORDS)).isEmpty();
        browser.screenshot("rules-05-justice-office");
    }

    /** The element's text whether or not the window shows all of it (Cockpit's content area scrolls). */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent").replaceAll("\\s+", " ");
    }

    private WebElement set(String code) {
        return browser.until(d -> d.findElements(By.cssSelector(".mr-set[data-rule-set='" + code + "']")).stream()
                .findFirst().orElse(null));
    }

    /** The set's success message once it says this (the page renders the versions again before it shows it). */
    private WebElement okSaying(String code, String message) {
        return browser.until(d -> d.findElements(By.cssSelector(".mr-result.mr-ok[data-rule-set='" + code + "']")).stream()
                .filter(e -> text(e).contains(message)).findFirst().orElse(null));
    }

    private int version(String code) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(code.equals("triage") ? "triage"
                : "riskAssessment").latestVersion().singleResult().getVersion();
    }

    /** Picks a file in the set's upload form, as a user does with the file dialog. */
    private void choose(WebElement set, String input, String fileName, String content) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "rules-uploads"));
            Path file = dir.resolve(fileName);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            set.findElement(By.cssSelector(".mr-upload input[name=" + input + "]")).sendKeys(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
