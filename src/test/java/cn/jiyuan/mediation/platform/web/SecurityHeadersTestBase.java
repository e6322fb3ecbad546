package cn.jiyuan.mediation.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * Security headers on every answer, by real HTTP calls against the platform as README starts it (no proxy
 * configured): the APIs (answers, refusals, errors), the webapps' pages and their scripts, and the webapps'
 * login still working over plain HTTP.
 */
@DemoPlatformTest
abstract class SecurityHeadersTestBase {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    private static void assertCommonHeaders(String what, HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        // plain HTTP: no HSTS
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as(what).isEmpty();
    }

    private static void assertApiHeaders(String what, HttpResponse<String> response) {
        assertCommonHeaders(what, response);
        assertThat(response.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void everyApiAnswerCarriesTheHeadersAndIsNeverCached() {
        record Call(String path, String user, int status) {
        }
        for (Call call : List.of(new Call("/api/org/units?level=TOWN", "zhangli", 200),
                new Call("/api/cases/999999999", "zhangli", 404), new Call("/api/org/units?level=PROVINCE", "zhangli", 400),
                new Call("/api/org/units", null, 401), new Call("/engine-rest/task", "zhangli", 200),
                new Call("/engine-rest/engine", null, 401), new Call("/engine-rest/no-such-resource", "zhangli", 404))) {
            HttpResponse<String> response = http().get(call.path(), call.user(), call.user() == null ? null : "demo");
            assertThat(response.statusCode()).as(call.path()).isEqualTo(call.status());
            assertApiHeaders(call.path(), response);
        }
    }

    @Test
    void theWebappsAndTheirScriptsLoadWithTheHeaders() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            HttpResponse<String> page = http().get("/camunda/app/" + app + "/default/", null, null);
            assertThat(page.statusCode()).as(app).isEqualTo(200);
            assertCommonHeaders(app, page);
            // the webapps' own policy stays: it forbids framing as well
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(app)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            List<String> scripts = new ArrayList<>();
            Matcher m = SCRIPT.matcher(page.body());
            while (m.find()) {
                scripts.add(m.group(1));
            }
            assertThat(scripts).as(app).isNotEmpty();
            for (String script : scripts) {
                HttpResponse<String> js = http().get(script, null, null);
                assertThat(js.statusCode()).as(script).isEqualTo(200);
                assertCommonHeaders(script, js);
            }
        }
        HttpResponse<String> config = http().get("/camunda/app/tasklist/scripts/config.js", null, null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertCommonHeaders("config.js", config);
    }

    @Test
    void theWebappLoginWorksOverPlainHttpAndForwardedHeadersAreIgnoredWithoutAProxy() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        // without MEDIATION_BEHIND_PROXY a client cannot claim HTTPS (nor another address) by a header
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(http().url("/camunda/app/tasklist/default/")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.77").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().noneMatch(c -> c.matches("(?i).*;\\s*Secure.*"));

        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(
                        http().url("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=zhangli&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertCommonHeaders("login", login);
        // the session works: the webapps' engine API answers with the user's tasks
        HttpResponse<String> tasks = browser.send(HttpRequest.newBuilder(URI.create(
                        http().url("/camunda/api/engine/engine/default/task?maxResults=1")))
                .header("X-XSRF-TOKEN", token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertCommonHeaders("webapp engine API", tasks);
    }
}
