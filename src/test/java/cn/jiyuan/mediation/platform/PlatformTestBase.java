package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The whole platform as started by README's command (demo data on), checked on a database chosen by
 * the subclass: deployment, Flyway, demo organization, identity sync, filters and API authentication.
 */
@DemoPlatformTest
abstract class PlatformTestBase {

    static final List<String> TOWN_CODES = List.of("419001001", "419001002", "419001003", "419001004",
            "419001005", "419001100", "419001101", "419001102", "419001103", "419001104", "419001105",
            "419001106", "419001107", "419001108", "419001109", "419001110");
    static final List<String> DEMO_LOGINS = List.of("zhangli", "wangjun", "liuyang", "chensiyuan", "zhaojiceng",
            "sunzhengxin", "zhouyining", "wujiaotong", "guolao", "linwuye", "mazhichan", "songyu", "caogang");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationRepository registry;

    Http http() {
        return new Http(port);
    }

    @Test
    void deploysProcessesDecisionsAndForms() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("staffing-review").count())
                .isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().list()).extracting(d -> d.getKey())
                .contains("riskAssessment", "riskBase", "earlyWarning", "triage", "greenChannel");
        Deployment deployment = repository.createDeploymentQuery().singleResult();
        List<String> resources = repository.getDeploymentResourceNames(deployment.getId());
        assertThat(resources).anyMatch(r -> r.endsWith("forms/staffing-review-start.form"))
                .anyMatch(r -> r.endsWith("forms/staffing-rectification.form"))
                .anyMatch(r -> r.endsWith("processes/staffing-review.bpmn"));
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void flywayCreatedTheProjectTables() {
        List<String> versions = jdbc.queryForList(
                "select \"version\" from \"med_flyway_history\" where \"success\" = true and \"version\" <> '0'",
                String.class);
        assertThat(versions).contains("1");
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isPositive();
    }

    @Test
    void demoOrganizationHasTheRealTownsAndEveryKindOfCommittee() {
        Map<String, OrgUnit> towns = registry.findUnits(UnitLevel.TOWN, null).stream()
                .collect(Collectors.toMap(OrgUnit::code, u -> u));
        assertThat(towns.keySet()).containsAll(TOWN_CODES);
        assertThat(towns.get("419001001").name()).isEqualTo("沁园街道");
        assertThat(towns.get("419001110").name()).isEqualTo("下冶镇");
        for (String town : TOWN_CODES) {
            assertThat(registry.findUnits(UnitLevel.VILLAGE, town)).as("villages of " + town).hasSizeGreaterThanOrEqualTo(3);
            assertThat(registry.findOfficeOfTown(town)).as("justice office of " + town).isPresent();
            assertThat(registry.findCommitteeOfUnit(town, CommitteeType.TOWN)).isPresent();
            assertThat(registry.findContactsOfUnit(town)).extracting(c -> c.organization().name())
                    .contains("PARTY_COMMITTEE", "GOVERNMENT", "POLICE_STATION");
        }
        assertThat(registry.findCommittees()).filteredOn(c -> c.type() == CommitteeType.INDUSTRY)
                .extracting(c -> c.industry()).containsExactlyInAnyOrder("MEDICAL", "ROAD_TRAFFIC", "LABOR_DISPUTE",
                        "PROPERTY_MANAGEMENT", "INTELLECTUAL_PROPERTY");
        assertThat(registry.findCityCenter()).isPresent();
        // every village has its committee (coverage 100%)
        registry.findUnits(UnitLevel.VILLAGE, null).forEach(v ->
                assertThat(registry.findCommitteeOfUnit(v.code(), CommitteeType.VILLAGE)).as(v.code()).isPresent());
    }

    @Test
    void identitySyncCreatesGroupsAndMemberships() {
        Set<String> groups = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
        assertThat(groups).contains("committee-VC419001100201", "committee-TC419001100", "committee-IC-MEDICAL",
                "city-center", "justice-office-419001100", "justice-office-419001001", "grassroots-section",
                "mediators", "committee-directors", "justice-office-staff", "camunda-admin");
        registry.findCommittees().forEach(c -> assertThat(groups).contains(c.groupId()));
        registry.findOffices().forEach(o -> assertThat(groups).contains(o.groupId()));

        assertThat(groupsOf("zhangli")).containsExactlyInAnyOrder("committee-VC419001100201", "mediators");
        assertThat(groupsOf("wangjun")).containsExactlyInAnyOrder("committee-VC419001100201", "mediators",
                "committee-directors");
        assertThat(groupsOf("chensiyuan")).containsExactlyInAnyOrder("justice-office-419001100",
                "justice-office-staff");
        assertThat(groupsOf("zhaojiceng")).contains("grassroots-section");
        assertThat(groupsOf("sunzhengxin")).contains("city-center");
        assertThat(groupsOf("zhouyining")).contains("committee-IC-MEDICAL");
        assertThat(groupsOf("admin")).contains("camunda-admin");
        assertThat(identity.createUserQuery().userId("zhangli").singleResult().getFirstName()).isEqualTo("张丽");
    }

    private Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    @Test
    void tasklistFiltersExistAndAreVisibleToTheirGroups() {
        List<String> names = List.of("我的任务", "本调委会待办", "已超期", "涉企绿色通道");
        for (String name : names) {
            Filter filter = filters.createFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            for (String group : List.of("mediators", "justice-office-staff", "grassroots-section", "city-center")) {
                assertThat(authorizations.isUserAuthorized("nobody", List.of(group), Permissions.READ,
                        Resources.FILTER, filter.getId())).as(name + " for " + group).isTrue();
            }
        }
        // the committee's filter lists claimed tasks too, and says so
        Filter committee = filters.createFilterQuery().filterName("本调委会待办").singleResult();
        assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) committee.getQuery()).isIncludeAssignedTasks()).isTrue();
        assertThat(committee.getProperties().get("description")).asString().contains("含已认领").doesNotContain("尚未认领");
        // what a mediator sees through the REST API: the four shared filters
        HttpResponse<String> response = http().get("/engine-rest/filter", "zhangli", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        names.forEach(n -> assertThat(response.body()).contains(n));
    }

    @Test
    void everyDemoUserHasTheDemoPassword() {
        for (String login : DEMO_LOGINS) {
            assertThat(identity.checkPassword(login, "demo")).as(login).isTrue();
        }
        assertThat(identity.checkPassword("admin", "admin-secret")).isTrue();
    }

    @Test
    void apisRefuseAnonymousAndWrongCredentials() {
        for (String path : List.of("/engine-rest/process-definition", "/engine-rest/engine", "/engine-rest/task",
                "/api/org/units")) {
            HttpResponse<String> anonymous = http().get(path, null, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Basic"));
            // an unknown user, so that the engine's login throttling of real users is not triggered
            assertThat(http().get(path, "intruder", "guess").statusCode()).as(path).isEqualTo(401);
            assertThat(http().get(path, "zhangli", "demo").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void unitApiListsTownsAndVillagesOfATown() {
        HttpResponse<String> towns = http().get("/api/org/units?level=TOWN", "zhangli", "demo");
        assertThat(towns.statusCode()).isEqualTo(200);
        assertThat(towns.body()).contains("\"code\":\"419001100\"", "\"name\":\"克井镇\"", "\"level\":\"TOWN\"");
        HttpResponse<String> villages = http().get("/api/org/units?level=VILLAGE&townCode=419001100", "zhangli", "demo");
        assertThat(villages.body()).contains("\"townCode\":\"419001100\"").doesNotContain("419001001");
        HttpResponse<String> bad = http().get("/api/org/units?level=PROVINCE", "zhangli", "demo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("level");
    }

    @Test
    void webappsAreServedWithTheirOwnLogin() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            HttpResponse<String> page = http().get("/camunda/app/" + app + "/default/", null, null);
            assertThat(page.statusCode()).as(app).isEqualTo(200);
        }
    }

    /** Logs in to a webapp like the browser does: a page visit for the CSRF cookie, then the login form. */
    private HttpResponse<String> webappLogin(String app, String user, String password) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(http().url("/camunda/app/" + app + "/default/"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String form = "username=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        http().url("/camunda/api/admin/auth/user/default/login/" + app)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyDemoUserCanLogInToTasklistAndSupervisorsToCockpit() throws Exception {
        for (String login : DEMO_LOGINS) {
            HttpResponse<String> response = webappLogin("tasklist", login, "demo");
            assertThat(response.statusCode()).as(login).isEqualTo(200);
            assertThat(response.body()).contains("\"userId\":\"" + login + "\"", "tasklist");
        }
        assertThat(webappLogin("cockpit", "chensiyuan", "demo").body()).contains("cockpit");
        assertThat(webappLogin("cockpit", "zhaojiceng", "demo").body()).contains("cockpit");
        assertThat(webappLogin("cockpit", "zhangli", "demo").statusCode()).isEqualTo(403);
        assertThat(webappLogin("admin", "admin", "admin-secret").body()).contains("admin", "cockpit", "tasklist");
    }
}
