package cn.jiyuan.mediation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.ledger.KnownCases2024;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.support.Browser;
import cn.jiyuan.mediation.support.CaseRequests;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;

/**
 * 矛调态势 in Cockpit, in a real browser at 1366×768: the justice office of 克井镇 (陈思远) sees his town's figures
 * as the statistics count them, drawn by ECharts, with his open high-risk case linked to its process instance, the
 * period changed to 2024 (the known concluded cases of {@link KnownCases2024}) without reloading the page, nothing in
 * Latin letters; the grassroots section (赵基层) sees the whole
 * city and picks any town. The page is reached from Cockpit's header and start page, and from the Welcome page.
 */
@DemoPlatformTest
@OnH2
class DashboardInCockpitTest {

    /** The footer's credit (技术支持：Camunda Platform); the header reads 人民调解 监督管理, the dashboard no Latin word. */
    private static final Set<String> ALLOWED_WORDS = Set.of("Camunda", "Platform");
    private static final String QINYUAN = "419001001";
    private static final List<String> CHARTS = List.of("months", "towns", "rates", "risks", "outcomes", "channels",
            "screening");

    @LocalServerPort
    int port;

    @Autowired
    OrganizationRepository registry;
    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser = Browser.shared();

    @Test
    void theJusticeOfficeSeesItsTownDrawnFromTheStatistics() {
        KnownCases2024.ensureLoaded(jdbc);
        Http http = new Http(port);
        CaseRequests.register(http, "zhangli", "demo", CaseRequests.dispute().marker("态势页邻里").json());
        JsonNode critical = CaseRequests.register(http, "zhangli", "demo",
                CaseRequests.criticalDispute().marker("态势页土地").json());
        CaseRequests.register(http, "songyu", "demo", CaseRequests.dispute().marker("态势页沁园")
                .place(QINYUAN, QINYUAN + "001").json());
        String base = "http://localhost:" + port;
        // an alert of his town and one of another town, as the awareness scan leaves them
        String mine = alert(CaseRequests.KEJING, "克井镇近7日纠纷高发（仪表测试）");
        String other = alert(QINYUAN, "沁园街道近7日纠纷高发（仪表测试）");

        browser.size(1366, 768);
        browser.loginToCockpit(base, "chensiyuan", "demo");
        // Cockpit's header leads to the page
        browser.click(browser.withText("a[href='#/mediation-dashboard']:not(.md-entry a)", "矛调态势"));
        waitForCharts();
        browser.screenshot("dashboard-01-kejing");
        browser.show(browser.driver().findElement(By.cssSelector("[data-chart='rates']")));
        browser.screenshot("dashboard-01b-kejing-charts");
        browser.show(browser.driver().findElement(By.cssSelector("[data-chart='risks']")));
        browser.screenshot("dashboard-01c-kejing-rings");

        JsonNode statistics = statistics(http, "chensiyuan", null);
        assertKeyFigures(statistics);
        // only his town, and it cannot be changed
        Select town = new Select(browser.driver().findElement(By.cssSelector(".md-filters select[name=townCode]")));
        assertThat(town.getOptions()).extracting(o -> o.getDomProperty("textContent").strip()).containsExactly("克井镇");
        assertThat(town.getWrappedElement().isEnabled()).isFalse();
        assertThat(chartData("towns", 0)).hasSize(1);
        // every month of the year so far, each stacked by category
        assertThat(axisData("months")).hasSize(CaseTime.today().getMonthValue());
        long stacked = 0;
        for (int s = 0; s < seriesCount("months"); s++) {
            stacked += chartData("months", s).stream().mapToLong(n -> ((Number) n).longValue()).sum();
        }
        assertThat(stacked).isEqualTo(statistics.get("registered").asLong());
        // 三调联动 by kind, stacked by answer, and the cases per committee type (the stationed rooms among them)
        assertThat(axisData("referrals")).containsExactly("诉调对接", "警调对接", "访调对接", "行政调解");
        assertThat(seriesCount("referrals")).isEqualTo(5);
        assertThat(axisData("committeeTypes")).contains("派出所派驻人民调解工作室", "法院派驻人民调解工作室");
        long perType = chartData("committeeTypes", 0).stream().mapToLong(n -> ((Number) n).longValue()).sum();
        assertThat(perType).isEqualTo(statistics.get("registered").asLong());
        browser.show(browser.driver().findElement(By.cssSelector("[data-chart='referrals']")));
        browser.screenshot("dashboard-01e-kejing-referrals");

        // the platform's alerts of his town, not of another
        browser.show(browser.driver().findElement(By.cssSelector(".md-alerts")));
        WebElement alertRow = browser.until(d -> d.findElements(By.cssSelector(".md-alerts tr[data-alert='" + mine
                + "']")).stream().findFirst().orElse(null));
        // (its text whether or not the window shows every column)
        assertThat(alertRow.getDomProperty("textContent")).contains("克井镇近7日纠纷高发（仪表测试）", "建议对该镇开展专项排查");
        assertThat(browser.driver().findElements(By.cssSelector(".md-alerts tr[data-alert='" + other + "']"))).isEmpty();
        browser.screenshot("dashboard-01d-kejing-alerts");

        // the critical case, linked to its process instance in Cockpit
        String caseNumber = critical.get("caseNumber").asText();
        browser.show(browser.driver().findElement(By.cssSelector(".md-high-risk")));
        WebElement row = browser.until(d -> d.findElements(By.cssSelector("tr[data-case='" + caseNumber + "']"))
                .stream().findFirst().orElse(null));
        assertThat(row.getText()).contains("重大风险", "克井镇");
        assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("#/process-instance/" + critical.get("processInstanceId").asText() + "/runtime");
        assertChinese();
        browser.show(row);
        browser.screenshot("dashboard-02-kejing-high-risk");

        // 2024, a year of concluded cases with every outcome: redrawn in place, the page not reloaded
        js("window.mediationDashboardNotReloaded = true;");
        String loaded = loadedMark();
        browser.show(browser.driver().findElement(By.cssSelector(".md-filters")));
        setDate("from", LocalDate.of(2024, 1, 1));
        setDate("to", LocalDate.of(2024, 12, 31));
        // each date's change redraws; the last one shows the twelve months of that year
        browser.until(d -> !loaded.equals(loadedMark()) && axisData("months").equals(java.util.stream.IntStream
                .rangeClosed(1, 12).mapToObj(m -> "2024年" + m + "月").toList()) ? true : null);
        assertThat(js("return window.mediationDashboardNotReloaded === true;")).isEqualTo(true);
        JsonNode year2024 = statistics(http, "chensiyuan", "from=2024-01-01&to=2024-12-31");
        assertThat(year2024.get("concluded").asLong()).isPositive();
        assertKeyFigures(year2024);
        assertThat(chartData("outcomes", 0)).containsExactlyElementsOf(year2024.get("byOutcome").findValues("count")
                .stream().map(JsonNode::asLong).map(Object.class::cast).toList());
        assertChinese();
        browser.screenshot("dashboard-03-kejing-2024");
        browser.show(browser.driver().findElement(By.cssSelector("[data-chart='rates']")));
        browser.screenshot("dashboard-03a-kejing-2024-rates");
        browser.show(browser.driver().findElement(By.cssSelector("[data-chart='risks']")));
        browser.screenshot("dashboard-03b-kejing-2024-charts");

        // back to this year, where the row opens the process instance
        setDate("from", LocalDate.of(CaseTime.today().getYear(), 1, 1));
        setDate("to", CaseTime.today());
        String thisMonth = CaseTime.today().getYear() + "年" + CaseTime.today().getMonthValue() + "月";
        browser.until(d -> thisMonth.equals(axisData("months").get(axisData("months").size() - 1)) ? true : null);
        WebElement link = browser.until(d -> d.findElements(By.cssSelector("tr[data-case='" + caseNumber + "'] a"))
                .stream().findFirst().orElse(null));
        browser.click(link);
        browser.until(d -> d.getCurrentUrl().contains("/process-instance/"
                + critical.get("processInstanceId").asText()) ? true : null);
    }

    @Test
    void theGrassrootsSectionSeesTheCityAndPicksAnyTown() {
        Http http = new Http(port);
        CaseRequests.register(http, "songyu", "demo", CaseRequests.dispute().marker("态势页全市")
                .place(QINYUAN, QINYUAN + "001").json());
        String base = "http://localhost:" + port;

        browser.size(1366, 768);
        browser.loginToCockpit(base, "zhaojiceng", "demo");
        // Cockpit's start page leads to the page too
        browser.open(base + "/camunda/app/cockpit/default/#/dashboard");
        browser.click(browser.withText(".md-entry a", "矛调态势"));
        waitForCharts();
        browser.screenshot("dashboard-04-city");

        JsonNode city = statistics(http, "zhaojiceng", null);
        assertKeyFigures(city);
        Select town = new Select(browser.driver().findElement(By.cssSelector(".md-filters select[name=townCode]")));
        List<String> towns = registry.findUnits(UnitLevel.TOWN, null).stream().map(u -> u.name()).toList();
        assertThat(town.getOptions()).extracting(o -> o.getDomProperty("textContent").strip())
                .containsExactlyElementsOf(concat("全市", towns));
        assertThat(chartData("towns", 0)).hasSize(towns.size());
        assertThat(axisData("towns")).containsExactlyInAnyOrderElementsOf(towns);
        assertChinese();
        browser.show(browser.driver().findElement(By.cssSelector("[data-chart='towns']")));
        browser.screenshot("dashboard-04b-city-towns");

        String loaded = loadedMark();
        browser.show(town.getWrappedElement());
        town.selectByVisibleText("沁园街道");
        browser.until(d -> loaded.equals(loadedMark()) ? null : true);
        JsonNode qinyuan = statistics(http, "zhaojiceng", "townCode=" + QINYUAN);
        assertThat(qinyuan.get("registered").asLong()).isPositive();
        assertKeyFigures(qinyuan);
        assertThat(axisData("towns")).containsExactly("沁园街道");
        browser.screenshot("dashboard-05-qinyuan");

        // the Welcome page links to it
        browser.open(base + "/camunda/app/welcome/default/");
        WebElement welcome = browser.withText("a", "矛调态势");
        browser.screenshot("dashboard-06-welcome");
        browser.click(welcome);
        waitForCharts();
        assertThat(browser.driver().getCurrentUrl()).contains("/app/cockpit/default/#/mediation-dashboard");
    }

    // ------------------------------------------------------------------ the page

    /** Waits until the figures are in and every chart is drawn (a canvas) with its data. */
    /** An active hotspot alert of the town, straight into the table; its id. */
    private String alert(String townCode, String title) {
        String key = "HOTSPOT_TOWN:" + townCode + ":dashboard-test:" + System.nanoTime();
        jdbc.update("insert into awareness_alert (kind, subject_key, open_key, town_code, window_days, observed,"
                + " baseline, factor, min_count, title, description, recommended_action, detected_at, last_seen_at)"
                + " values ('HOTSPOT_TOWN', ?, ?, ?, 7, 12, 2.5, 2.0, 5, ?, '近7日登记12件，为基线的4.8倍。',"
                + " '建议对该镇开展专项排查。', current_timestamp, current_timestamp)", key, key, townCode, title);
        return String.valueOf(jdbc.queryForObject("select id from awareness_alert where subject_key = ?", Long.class,
                key));
    }

    private void waitForCharts() {
        browser.until(d -> loadedMark() != null ? true : null);
        for (String chart : CHARTS) {
            browser.until(d -> d.findElements(By.cssSelector("[data-chart='" + chart + "'] canvas")).isEmpty()
                    ? null : true);
            assertThat(chartData(chart, 0)).as(chart).isNotEmpty();
        }
    }

    /** Nothing in Latin letters: on the page but Cockpit's brand, on the dashboard itself none at all. */
    private void assertChinese() {
        assertThat(browser.asciiWords(ALLOWED_WORDS)).as("words in Latin letters").isEmpty();
        String dashboard = (String) js("return document.querySelector('.md-page').innerText;");
        assertThat(dashboard).as("the dashboard's text").doesNotContainPattern("[A-Za-z]{2,}");
    }

    /** The card's figures as the statistics API counts them for the same user, period and town. */
    private void assertKeyFigures(JsonNode o) {
        Map<String, String> expected = Map.of("registered", o.get("registered").asLong() + "件",
                "concluded", o.get("concluded").asLong() + "件", "open", o.get("open").asLong() + "件",
                "overdue", o.get("overdue").asLong() + "件", "successRate", percent(o.get("successRate")),
                "onTimeRate", percent(o.get("onTimeRate")),
                "earlyWarnings", o.get("earlyWarnings").get("total").asLong() + "条",
                "rebounds", o.get("rebounds").get("cases").asLong() + "件");
        expected.forEach((figure, text) -> assertThat(js("return document.querySelector(\"[data-figure='\""
                + " + arguments[0] + \"'] .md-value\").textContent;", figure)).as(figure).isEqualTo(text));
    }

    private static String percent(JsonNode rate) {
        return rate.isNull() ? "暂无" : String.format("%.1f%%", rate.asDouble() * 100);
    }

    private JsonNode statistics(Http http, String user, String query) {
        return CaseRequests.parse(http.get("/api/statistics/overview" + (query == null ? "" : "?" + query), user,
                "demo").body());
    }

    private String loadedMark() {
        return (String) js("const page = document.querySelector('.md-page');"
                + "return page ? page.dataset.loaded || null : null;");
    }

    @SuppressWarnings("unchecked")
    private List<Object> chartData(String chart, int series) {
        return (List<Object>) js("const option = echarts.getInstanceByDom(document.querySelector("
                + "'[data-chart=\"' + arguments[0] + '\"]')).getOption();"
                + "return option.series[arguments[1]].data.map(d => d && typeof d === 'object' ? d.value : d);",
                chart, series);
    }

    private long seriesCount(String chart) {
        return (Long) js("return echarts.getInstanceByDom(document.querySelector('[data-chart=\"' + arguments[0]"
                + " + '\"]')).getOption().series.length;", chart);
    }

    /** The category axis of a bar chart (x for the months, y for the towns). */
    @SuppressWarnings("unchecked")
    private List<Object> axisData(String chart) {
        return (List<Object>) js("const option = echarts.getInstanceByDom(document.querySelector("
                + "'[data-chart=\"' + arguments[0] + '\"]')).getOption();"
                + "const axis = [].concat(option.xAxis, option.yAxis).find(a => a.type === 'category');"
                + "return axis.data.map(d => d && typeof d === 'object' ? d.value : d);", chart);
    }

    /** Sets a date filter as a user does (the input's value, then its change event). */
    private void setDate(String name, LocalDate date) {
        js("const input = document.querySelector('.md-filters input[name=' + arguments[0] + ']');"
                + "input.value = arguments[1]; input.dispatchEvent(new Event('change', {bubbles: true}));",
                name, date.toString());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
