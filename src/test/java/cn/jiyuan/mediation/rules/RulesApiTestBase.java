package cn.jiyuan.mediation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.calendar.SensitivePeriodSource;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.Multipart;
import cn.jiyuan.mediation.support.WebappSession;

/**
 * The rules supervisors change (README "规则管理") on the running platform, over real HTTP: the grassroots section
 * (赵基层 zhaojiceng) uploads a new version of triage.dmn that takes effect for the next intake at once and rolls it
 * back; a broken version is refused naming the failing examples; nobody else changes a rule, through any way in;
 * the category enters the risk decision at intake; a platform upgrade keeps the supervisors' version.
 *
 * <p>The platform's context is shared with other test classes: every version deployed here is deleted again after
 * each test, so the others find the shipped rules.
 */
@DemoPlatformTest
abstract class RulesApiTestBase {

    static final String GRASSROOTS = "zhaojiceng";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SensitivePeriodSource sensitivePeriods;

    private final List<String> simulatedDeployments = new ArrayList<>();

    @AfterEach
    void backToTheShippedRules() {
        for (Deployment d : repository.createDeploymentQuery().deploymentSource(RuleVersions.DEPLOYMENT_SOURCE).list()) {
            repository.deleteDeployment(d.getId(), true);
        }
        simulatedDeployments.forEach(id -> repository.deleteDeployment(id, true));
        jdbc.update("delete from rule_version");
    }

    // ------------------------------------------------------------------ a good version, at once, and back

    @Test
    void aGoodVersionTakesEffectForTheNextIntakeAtOnceAndARollbackRestoresTheRules() {
        JsonNode before = intake("DEMOLITION");
        assertThat(before.path("handlingLevel").asText()).isEqualTo("VILLAGE");
        int shipped = currentVersion("triage");

        String xml = RuleFiles.triageWithDemolitionRule();
        HttpResponse<String> uploaded = upload(GRASSROOTS, "triage", xml, RuleFiles.DEMOLITION_EXAMPLE, "征地拆迁纠纷政策性强，改由镇(街道)调处");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode deployed = json(uploaded);
        assertThat(deployed.path("version").path("version").asInt()).isEqualTo(shipped + 1);
        assertThat(deployed.path("message").asText()).isEqualTo("分类分流规则第" + (shipped + 1) + "版已部署，此后受理的案件按此版本分流");
        assertThat(uploaded.headers().firstValue("Location")).contains("/api/rules/triage");

        // the very next intake is triaged by the new version
        JsonNode after = intake("DEMOLITION");
        assertThat(after.path("handlingLevel").asText()).isEqualTo("TOWN");
        assertThat(after.path("committeeCode").asText()).isEqualTo("TC419001100");
        assertThat(intake("CONTRACT").path("handlingLevel").asText()).as("other categories as before").isEqualTo("VILLAGE");

        // who, when, why: the current version and the shipped one before it
        JsonNode triage = ruleSet(json(get(GRASSROOTS, "/api/rules")), "triage");
        assertThat(triage.path("name").asText()).isEqualTo("分类分流");
        assertThat(triage.path("currentVersion").asInt()).isEqualTo(shipped + 1);
        JsonNode current = triage.path("versions").get(0);
        assertThat(current.path("current").asBoolean()).isTrue();
        assertThat(current.path("kind").asText()).isEqualTo("UPLOAD");
        assertThat(current.path("kindName").asText()).isEqualTo("上传新版本");
        assertThat(current.path("changedBy").asText()).isEqualTo(GRASSROOTS);
        assertThat(current.path("changedByName").asText()).isEqualTo("赵基层");
        assertThat(current.path("changedAtText").asText()).startsWith(CaseTime.today().getYear() + "年");
        assertThat(current.path("reason").asText()).isEqualTo("征地拆迁纠纷政策性强，改由镇(街道)调处");
        assertThat(current.path("fileName").asText()).isEqualTo("triage.dmn");
        assertThat(current.path("projectExamples").asInt()).isEqualTo(ProjectExamples.of(RuleSet.TRIAGE).size());
        assertThat(current.path("uploadedExamples").asInt()).isEqualTo(1);
        JsonNode previous = triage.path("versions").get(1);
        assertThat(previous.path("version").asInt()).isEqualTo(shipped);
        assertThat(previous.path("current").asBoolean()).isFalse();
        assertThat(previous.path("kindName").asText()).isEqualTo("随平台发布");
        // the file and the examples as uploaded; a justice office reads them too (as it reads the decisions in Cockpit)
        assertThat(download("chensiyuan", current.path("dmnUrl").asText())).isEqualTo(xml);
        assertThat(download(GRASSROOTS, current.path("examplesUrl").asText())).isEqualTo(RuleFiles.DEMOLITION_EXAMPLE);
        assertThat(download(GRASSROOTS, previous.path("dmnUrl").asText())).isEqualTo(RuleFiles.shipped(RuleSet.TRIAGE));
        assertThat(download(GRASSROOTS, "/api/rules/triage/examples"))
                .isEqualTo(new String(ProjectExamples.csv(RuleSet.TRIAGE), StandardCharsets.UTF_8));

        // the rollback deploys the shipped file again as the newest version: the next intake is triaged as before
        HttpResponse<String> rolledBack = send(GRASSROOTS, "POST", "/api/rules/triage/rollback",
                "{\"reason\":\"试行后发现镇司法所负担过重，恢复原规则\"}");
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(201);
        JsonNode restored = json(rolledBack).path("version");
        assertThat(restored.path("version").asInt()).isEqualTo(shipped + 2);
        assertThat(restored.path("kind").asText()).isEqualTo("ROLLBACK");
        assertThat(restored.path("kindName").asText()).isEqualTo("回退到第" + shipped + "版");
        assertThat(restored.path("restoredVersion").asInt()).isEqualTo(shipped);
        assertThat(json(rolledBack).path("message").asText()).isEqualTo("分类分流规则第" + (shipped + 2) + "版已部署（即第"
                + shipped + "版的内容），此后受理的案件按此版本分流");
        assertThat(intake("DEMOLITION").path("handlingLevel").asText()).isEqualTo("VILLAGE");
        assertThat(download(GRASSROOTS, restored.path("dmnUrl").asText())).isEqualTo(RuleFiles.shipped(RuleSet.TRIAGE));
        assertThat(jdbc.queryForObject("select count(*) from rule_version where rule_set = 'triage'", Integer.class))
                .isEqualTo(2);

        // both changes are in the audit log with the caller and the outcome
        JsonNode audit = json(get("admin", "/api/audit?userId=" + GRASSROOTS + "&action=WRITE&size=50"));
        List<String> paths = new ArrayList<>();
        audit.path("items").forEach(i -> paths.add(i.path("method").asText() + " " + i.path("path").asText() + " "
                + i.path("status").asInt()));
        assertThat(paths).contains("POST /api/rules 201", "POST /api/rules/triage/rollback 201");
    }

    // ------------------------------------------------------------------ broken versions

    @Test
    void aBrokenVersionIsRefusedNamingTheFailingExamplesInChineseAndNothingChanges() {
        int shipped = currentVersion("risk-assessment");
        HttpResponse<String> refused = upload(GRASSROOTS, "risk-assessment", RuleFiles.riskWithoutTheCategoryRule(), null,
                "邻里纠纷不再提高风险");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode problem = json(refused);
        assertThat(problem.path("title").asText()).isEqualTo("请求无法处理");
        assertThat(problem.path("detail").asText()).isEqualTo("风险研判新版本未通过测试，没有部署：4个样例的结果与期望不符");
        List<String> messages = new ArrayList<>();
        problem.path("failures").forEach(f -> messages.add(f.path("message").asText()));
        assertThat(messages).hasSize(4).contains("项目样例第20行（邻里纠纷易引发民转刑，至少为中风险）：输入 纠纷类型：邻里，风险因素：无，"
                + "反弹次数：0次，涉及人数：2人，涉及金额(元)：3000元，敏感时期：否；期望 风险等级：中风险，是否预警：否；实际 风险等级：低风险，是否预警：否");
        JsonNode first = problem.path("failures").get(0);
        assertThat(first.path("source").asText()).isEqualTo("项目样例");
        assertThat(first.path("expected").asText()).isEqualTo("风险等级：中风险，是否预警：否");
        assertThat(first.path("actual").asText()).isEqualTo("风险等级：低风险，是否预警：否");
        // nothing deployed, nothing recorded: a neighbour dispute is still rated by the shipped rules
        assertThat(currentVersion("risk-assessment")).isEqualTo(shipped);
        assertThat(jdbc.queryForObject("select count(*) from rule_version", Integer.class)).isZero();
        assertThat(intake("NEIGHBOR").path("riskLevel").asText()).isEqualTo(sensitive() ? "HIGH" : "MEDIUM");

        // the supervisor's own examples are run too and named as such; a rule no example reaches is named
        HttpResponse<String> ownExample = upload(GRASSROOTS, "triage", RuleFiles.triageWithDemolitionRule(),
                "说明,纠纷类型,办理层级\n我以为征地拆迁归市中心,征地拆迁,市级人民调解中心\n", "征地拆迁纠纷改由镇调处");
        assertThat(ownExample.statusCode()).as(ownExample.body()).isEqualTo(422);
        assertThat(json(ownExample).path("failures").get(0).path("message").asText()).isEqualTo("上传的样例第2行（我以为征地拆迁归市中心）："
                + "输入 纠纷类型：征地拆迁，跨村(社区)：否，跨镇(街道)：否，风险等级：低风险，发生地有村(社区)：是，涉企：否，案件来源：来访；"
                + "期望 办理层级：市级人民调解中心；实际 办理层级：镇(街道)调委会/司法所");
        HttpResponse<String> untested = upload(GRASSROOTS, "triage", RuleFiles.triageWithDemolitionRule(), null, "征地拆迁纠纷改由镇调处");
        assertThat(untested.statusCode()).as(untested.body()).isEqualTo(422);
        assertThat(json(untested).path("detail").asText()).isEqualTo(
                "分类分流新版本未通过测试，没有部署：1条规则没有任何样例命中，请在上传的样例中补充");
        assertThat(json(untested).path("uncovered").get(0).asText())
                .isEqualTo("决策「分类分流」第12条规则（征地拆迁纠纷政策性强，由镇(街道)调处）没有任何样例命中");
        assertThat(intake("DEMOLITION").path("handlingLevel").asText()).isEqualTo("VILLAGE");
    }

    @Test
    void aFileThatBreaksWhatThePlatformReliesOnIsRefusedBeforeAnyTest() {
        HttpResponse<String> notXml = upload(GRASSROOTS, "triage", "<definitions>未写完", null, "试一试");
        assertThat(notXml.statusCode()).isEqualTo(422);
        assertThat(json(notXml).path("problems").get(0).asText()).startsWith("上传的文件不是有效的 XML，无法解析");

        String renamed = RuleFiles.changed(RuleSet.RISK_ASSESSMENT, "<decision id=\"earlyWarning\"", "<decision id=\"warning\"")
                .replace("dmnElementRef=\"earlyWarning\"", "dmnElementRef=\"warning\"")
                .replace("camunda:historyTimeToLive=\"P180D\">\n    <description>Maps", ">\n    <description>Maps");
        HttpResponse<String> contract = upload(GRASSROOTS, "risk-assessment", renamed, null, "改名");
        assertThat(contract.statusCode()).isEqualTo(422);
        assertThat(json(contract).path("detail").asText()).isEqualTo("规则文件未通过检查，没有部署：共3处问题");
        List<String> problems = new ArrayList<>();
        json(contract).path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).containsExactly(
                "缺少决策「预警判定」（id 为 earlyWarning）：平台按这个 id 使用它，决策的 id 不能修改或删除",
                "文件中有平台不认识的决策「预警判定」（id 为 warning）；风险研判规则只能包含以下决策：riskBase、riskAssessment、earlyWarning",
                "决策「风险等级评定」没有设置历史保留期限（camunda:historyTimeToLive）；平台要求每个决策都设置，例如 P180D");
        assertThat(json(contract).has("failures")).isFalse();

        // the checks and tests alone, for the page's "测试" button: nothing is deployed
        HttpResponse<String> tested = multipart(GRASSROOTS, "/api/rules/test", new Multipart().field("ruleSet", "triage")
                .file("file", "triage.dmn", "application/xml", RuleFiles.bytes(RuleFiles.triageWithDemolitionRule()))
                .file("examples", "样例.csv", "text/csv", RuleFiles.bytes(RuleFiles.DEMOLITION_EXAMPLE)));
        assertThat(tested.statusCode()).as(tested.body()).isEqualTo(200);
        assertThat(json(tested).path("message").asText()).isEqualTo("测试通过：" + (ProjectExamples.of(RuleSet.TRIAGE).size() + 1)
                + "个样例（项目样例" + ProjectExamples.of(RuleSet.TRIAGE).size() + "个，上传的样例1个）全部符合期望，每条规则都有样例命中；尚未部署");
        assertThat(repository.createDeploymentQuery().deploymentSource(RuleVersions.DEPLOYMENT_SOURCE).count()).isZero();
    }

    @Test
    void badRequestsNameTheirFieldsInChineseAndAStaleVersionIsAConflict() {
        HttpResponse<String> empty = multipart(GRASSROOTS, "/api/rules", new Multipart().field("ruleSet", "rules"));
        assertThat(empty.statusCode()).isEqualTo(400);
        Map<String, String> errors = errors(empty);
        assertThat(errors).containsEntry("ruleSet", "只能是 risk-assessment（风险研判）、triage（分类分流）")
                .containsEntry("file", "请上传规则文件（.dmn）").containsEntry("reason", "请填写修改的原因");

        HttpResponse<String> badExamples = upload(GRASSROOTS, "triage", RuleFiles.triageWithDemolitionRule(),
                "说明,纠纷类型,办理层级\n一,征地,乡里\n", "征地拆迁纠纷改由镇调处");
        assertThat(badExamples.statusCode()).isEqualTo(400);
        assertThat(json(badExamples).path("errors")).extracting(e -> e.path("message").asText()).contains(
                "样例表有误：第2行“纠纷类型”：只能是以下之一：婚姻家庭、邻里、房屋宅基地、山林土地、合同、生产经营、损害赔偿、征地拆迁、环境污染、劳动争议、"
                        + "劳资债务、上学就业、消费、医疗卫生、道路交通、物业管理、知识产权、权益保障、其他，实际为“征地”");

        int current = currentVersion("triage");
        HttpResponse<String> stale = multipart(GRASSROOTS, "/api/rules", new Multipart().field("ruleSet", "triage")
                .field("reason", "征地拆迁纠纷改由镇调处").field("basedOnVersion", String.valueOf(current + 5))
                .file("file", "triage.dmn", "application/xml", RuleFiles.bytes(RuleFiles.triageWithDemolitionRule()))
                .file("examples", "样例.csv", "text/csv", RuleFiles.bytes(RuleFiles.DEMOLITION_EXAMPLE)));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json(stale).path("detail").asText()).isEqualTo("分类分流规则已有新版本（当前为第" + current + "版），您修改的是第"
                + (current + 5) + "版：请下载当前版本，在其基础上修改后再上传");

        HttpResponse<String> noReason = send(GRASSROOTS, "POST", "/api/rules/triage/rollback", "{\"toVersion\":\"二\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(errors(noReason)).containsEntry("reason", "请填写回退的原因").containsKey("toVersion");
        HttpResponse<String> toCurrent = send(GRASSROOTS, "POST", "/api/rules/triage/rollback",
                "{\"reason\":\"试试\",\"toVersion\":" + current + "}");
        assertThat(toCurrent.statusCode()).isEqualTo(409);
        assertThat(json(toCurrent).path("detail").asText()).isEqualTo("第" + current + "版就是分类分流规则的当前版本，无需回退");
        assertThat(get(GRASSROOTS, "/api/rules/triage/versions/99/dmn").statusCode()).isEqualTo(404);
        assertThat(json(get(GRASSROOTS, "/api/rules/rules")).path("detail").asText())
                .isEqualTo("没有这个规则：只有risk-assessment（风险研判）、triage（分类分流）");
    }

    // ------------------------------------------------------------------ nobody else, through any way in

    @Test
    void onlyTheGrassrootsSectionAndAdministratorsChangeRulesThroughAnyWayIn() {
        byte[] xml = RuleFiles.bytes(RuleFiles.triageWithDemolitionRule());
        long deployments = repository.createDeploymentQuery().count();
        int current = currentVersion("triage");
        String platformDeployment = repository.createDecisionDefinitionQuery().decisionDefinitionKey("triage")
                .latestVersion().singleResult().getDeploymentId();
        // 村调解员, 镇调委会主任, two justice offices' staff, the city centre's director
        for (String user : List.of("zhangli", "liuyang", "chensiyuan", "caogang", "sunzhengxin")) {
            assertForbidden(upload(user, "triage", RuleFiles.triageWithDemolitionRule(), RuleFiles.DEMOLITION_EXAMPLE, "改规则"),
                    "只有市局基层科和系统管理员可以修改规则");
            assertForbidden(multipart(user, "/api/rules/test", new Multipart().field("ruleSet", "triage")
                    .file("file", "triage.dmn", "application/xml", xml)), "只有市局基层科和系统管理员可以修改规则");
            assertForbidden(send(user, "POST", "/api/rules/triage/rollback", "{\"reason\":\"回退\"}"),
                    "只有市局基层科和系统管理员可以修改规则");
        }
        // the engine's own ways in refuse every one of them, the grassroots section included (past the tests)
        for (String user : List.of("zhangli", "liuyang", "chensiyuan", "caogang", "sunzhengxin", GRASSROOTS)) {
            Multipart deployment = new Multipart().field("deployment-name", "triage").field("deploy-changed-only", "false")
                    .file("data", "triage.dmn", "application/octet-stream", xml);
            assertRefused(multipart(user, "/engine-rest/deployment/create", deployment));
            assertRefused(send(user, "POST", "/engine-rest/deployment/" + platformDeployment + "/redeploy", "{}"));
            assertRefused(send(user, "DELETE", "/engine-rest/deployment/" + platformDeployment, null));
            String app = List.of("chensiyuan", "caogang", GRASSROOTS).contains(user) ? "cockpit" : "tasklist";
            WebappSession session = WebappSession.login(port, app, user, "demo");
            assertThat(session.loggedIn()).as(user + " in " + app).isTrue();
            assertRefused(session.post(WebappSession.engine("deployment/create"), deployment.contentType(), deployment.bytes()));
            assertRefused(session.post(WebappSession.engine("deployment/" + platformDeployment + "/redeploy"), "{}"));
            // the Cockpit page's own API (规则管理) asks the same of the session's user
            if (!user.equals(GRASSROOTS)) {
                String page = "/camunda/api/cockpit/plugin/mediation-rules/default/rule-sets/triage/";
                String body = "{\"fileName\":\"triage.dmn\",\"file\":\"" + java.util.Base64.getEncoder().encodeToString(xml)
                        + "\",\"reason\":\"改规则\"}";
                for (String action : List.of("versions", "test", "rollback")) {
                    HttpResponse<String> viaPage = session.post(page + action, body);
                    assertThat(viaPage.statusCode()).as(user + " " + action + ": " + viaPage.body()).isIn(401, 403);
                    if (app.equals("cockpit")) {
                        assertThat(json(viaPage).path("message").asText()).isEqualTo("只有市局基层科和系统管理员可以修改规则");
                    }
                }
            }
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(currentVersion("triage")).isEqualTo(current);

        // reading: whoever reads the decisions in Cockpit; a mediator does not
        assertThat(get("chensiyuan", "/api/rules").statusCode()).isEqualTo(200);
        assertThat(get("sunzhengxin", "/api/rules/risk-assessment").statusCode()).isEqualTo(200);
        for (String user : List.of("zhangli", "liuyang")) {
            assertForbidden(get(user, "/api/rules"), "您没有查看规则的权限");
            assertForbidden(get(user, "/api/rules/triage/versions/" + current + "/dmn"), "您没有查看分类分流规则的权限");
        }

        // an administrator may change them (through /api/rules, with the same tests)
        HttpResponse<String> byAdmin = upload("admin", "triage", RuleFiles.triageWithDemolitionRule(), RuleFiles.DEMOLITION_EXAMPLE,
                "系统管理员代为部署基层科审定的规则");
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);
        assertThat(json(byAdmin).path("version").path("changedBy").asText()).isEqualTo("admin");
    }

    // ------------------------------------------------------------------ the category in the risk decision

    @Test
    void theCategoryEntersTheRiskDecisionAtIntake() {
        String common = sensitive() ? "MEDIUM" : "LOW";
        String conversionProne = sensitive() ? "HIGH" : "MEDIUM";
        assertThat(intake("LAND").path("riskLevel").asText()).isEqualTo(common);
        for (String category : List.of("MARRIAGE_FAMILY", "NEIGHBOR", "HOUSING_HOMESTEAD")) {
            JsonNode c = intake(category);
            assertThat(c.path("riskLevel").asText()).as(category).isEqualTo(conversionProne);
        }
    }

    // ------------------------------------------------------------------ a platform upgrade

    @Test
    void aPlatformUpgradeThatDoesNotChangeTheRuleFilesKeepsTheSupervisorsVersion() {
        HttpResponse<String> uploaded = upload(GRASSROOTS, "triage", RuleFiles.triageWithDemolitionRule(),
                RuleFiles.DEMOLITION_EXAMPLE, "征地拆迁纠纷改由镇(街道)调处");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        int supervisors = currentVersion("triage");

        // the next start of a release in which only a process model changed: the engine's auto-deployment, as it
        // runs at startup (same deployment name, changed-only filtering as configured), with one BPMN changed
        SpringProcessEngineConfiguration configuration = (SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration();
        assertThat(configuration.isDeployChangedOnly()).as("camunda.bpm.generic-properties deploy-changed-only").isTrue();
        Deployment auto = repository.createDeploymentQuery().deploymentName(configuration.getDeploymentName())
                .orderByDeploymentTime().desc().list().get(0);
        DeploymentBuilder release = repository.createDeployment().name(auto.getName()).source(auto.getSource())
                .enableDuplicateFiltering(configuration.isDeployChangedOnly());
        for (String resource : repository.getDeploymentResourceNames(auto.getId())) {
            byte[] content = bytes(repository.getResourceAsStream(auto.getId(), resource));
            if (resource.endsWith("staffing-review.bpmn")) {
                content = new String(content, StandardCharsets.UTF_8).replace("</bpmn:definitions>",
                        "<!-- next release -->\n</bpmn:definitions>").getBytes(StandardCharsets.UTF_8);
            }
            release.addInputStream(resource, new java.io.ByteArrayInputStream(content));
        }
        Deployment upgrade = release.deploy();
        simulatedDeployments.add(upgrade.getId());

        assertThat(repository.getDeploymentResourceNames(upgrade.getId())).singleElement().asString()
                .endsWith("staffing-review.bpmn");
        assertThat(currentVersion("triage")).isEqualTo(supervisors);
        assertThat(intake("DEMOLITION").path("handlingLevel").asText()).isEqualTo("TOWN");
    }

    // ------------------------------------------------------------------ helpers

    boolean sensitive() {
        return sensitivePeriods.isSensitive(CaseTime.today());
    }

    JsonNode intake(String category) {
        return CaseRequests.register(http(), "zhangli", "demo", CaseRequests.dispute().category(category)
                .summary("东许村两户因" + category + "相关事项发生争执，申请调解。").json());
    }

    int currentVersion(String ruleSet) {
        return json(get(GRASSROOTS, "/api/rules/" + ruleSet)).path("currentVersion").asInt();
    }

    static JsonNode ruleSet(JsonNode list, String code) {
        for (JsonNode set : list.path("ruleSets")) {
            if (set.path("code").asText().equals(code)) {
                return set;
            }
        }
        throw new AssertionError("no rule set " + code + " in " + list);
    }

    Http http() {
        return new Http(port);
    }

    static String password(String user) {
        return user.equals("admin") ? "admin-secret" : "demo";
    }

    HttpResponse<String> get(String user, String path) {
        return http().get(path, user, password(user));
    }

    HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(path)))
                .header("Authorization", Http.basic(user, password(user))).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http().send(request.build());
    }

    HttpResponse<String> multipart(String user, String path, Multipart body) {
        return http().send(HttpRequest.newBuilder(URI.create(http().url(path)))
                .header("Authorization", Http.basic(user, password(user))).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    HttpResponse<String> upload(String user, String ruleSet, String xml, String examplesCsv, String reason) {
        Multipart body = new Multipart().field("ruleSet", ruleSet).field("reason", reason)
                .file("file", ruleSet + ".dmn", "application/xml", RuleFiles.bytes(xml));
        if (examplesCsv != null) {
            body.file("examples", "我的样例.csv", "text/csv", RuleFiles.bytes(examplesCsv));
        }
        return multipart(user, "/api/rules", body);
    }

    String download(String user, String path) {
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http().url(path)))
                    .header("Authorization", Http.basic(user, password(user))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                    .startsWith("attachment; filename=\"").contains("filename*=UTF-8''"));
            return new String(answer.body(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static Map<String, String> errors(HttpResponse<String> response) {
        Map<String, String> errors = new HashMap<>();
        json(response).path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("message").asText()));
        return errors;
    }

    static void assertForbidden(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response).path("detail").asText()).isEqualTo(message);
    }

    /** Refused by the engine API's guard or grants: 403 or 404, in Chinese, nothing of the engine's own words. */
    static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
        JsonNode body = json(response);
        String message = body.path("message").asText(body.path("detail").asText());
        assertThat(message).as(response.body()).matches(".*\\p{IsHan}.*").doesNotContain("ENGINE-").doesNotContain("Exception");
    }
}
