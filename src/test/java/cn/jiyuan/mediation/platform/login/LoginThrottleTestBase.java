package cn.jiyuan.mediation.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.Http;

/**
 * Login throttling with real HTTP calls, on HTTP Basic (/api, /engine-rest) and the webapps' login form, in a
 * context of its own: behind a proxy (so that X-Forwarded-For plays different client addresses) and with small
 * limits (3 failures per address, the account locked after 4 failures for 30 minutes). Every test uses addresses
 * and users of its own. The engine's per-user delay is passed by moving the engine clock (ClockUtil).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mediation.demo.enabled=true", "mediation.demo.password=demo", "mediation.admin.password=admin-secret",
        "camunda.bpm.job-execution.enabled=false", "mediation.security.behind-proxy=true",
        "mediation.security.login.address-max-failures=3", "mediation.security.login.account-max-failures=4",
        "mediation.security.login.account-lock=30m"})
abstract class LoginThrottleTestBase {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A client address no other test uses (TEST-NET-3). */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0.113." + n;
    }

    HttpResponse<String> basic(String address, String path, String user, String password) {
        return new Http(port).send(HttpRequest.newBuilder(URI.create(new Http(port).url(path)))
                .header("Authorization", Http.basic(user, password)).header("X-Forwarded-For", address).GET().build());
    }

    /** The webapps' login like the browser does it: a page visit for the CSRF cookie, then the login form. */
    HttpResponse<String> webappLogin(String address, String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Http http = new Http(port);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(http.url("/camunda/app/tasklist/default/")))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(http.url("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(body.get("detail").asText()).matches(".*\\p{IsHan}.*").doesNotContain("ENGINE", "Exception");
        return body;
    }

    /** Moves the engine clock past the per-user delay after a failure (at most 60 s by default). */
    private static void passTheDelay() {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
    }

    @Test
    void aUserWithoutAPasswordYetFailsLikeAWrongPassword() throws Exception {
        // users imported from the registry have no password until an administrator sets one in Admin
        String login = "nopw" + ADDRESSES.incrementAndGet();
        org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
        identity.saveUser(identity.newUser(login));
        try {
            HttpResponse<String> api = basic(newAddress(), "/api/org/units?level=TOWN", login, "anything");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(401);
            assertThat(api.body()).contains("用户名或密码错误");
            HttpResponse<String> webapp = webappLogin(newAddress(), login, "anything");
            assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(401);
        } finally {
            identity.deleteUser(login);
        }
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedWithoutAPasswordCheck() throws Exception {
        String attacker = newAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(basic(attacker, "/api/org/units", "nobody" + i, "guess").statusCode()).isEqualTo(401);
        }
        // now even the right password is refused from this address, on every way in
        HttpResponse<String> refused = basic(attacker, "/api/org/units", "zhangli", "demo");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(14 * 60L, 15 * 60L);
        assertThat(problem(refused).get("detail").asText()).contains("网络地址", "分钟后再试");
        assertThat(basic(attacker, "/engine-rest/task", "zhangli", "demo").statusCode()).isEqualTo(429);
        HttpResponse<String> webapp = webappLogin(attacker, "zhangli", "demo");
        assertThat(webapp.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(webapp.body()).get("message").asText()).contains("登录失败的次数过多");

        // the attacker's further guesses never reach the account: it is neither delayed nor locked
        for (int i = 0; i < 6; i++) {
            assertThat(basic(attacker, "/api/org/units", "zhangli", "guess" + i).statusCode()).isEqualTo(429);
        }
        String colleague = newAddress();
        assertThat(basic(colleague, "/api/org/units", "zhangli", "demo").statusCode()).isEqualTo(200);
        assertThat(webappLogin(colleague, "zhangli", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void successfulLoginsNeverCount() {
        String office = newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(basic(office, "/api/org/units", "liuyang", "demo").statusCode()).isEqualTo(200);
        }
        assertThat(basic(office, "/api/org/units", "nobody", "guess").statusCode()).isEqualTo(401);
        assertThat(basic(office, "/api/org/units", "liuyang", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void aUserIsDelayedAfterAFailedLoginWhateverTheAddress() throws Exception {
        assertThat(basic(newAddress(), "/api/org/units", "wangjun", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> delayed = basic(newAddress(), "/engine-rest/task", "wangjun", "demo");
        assertThat(delayed.statusCode()).isEqualTo(429);
        assertThat(retryAfter(delayed)).isBetween(1L, 3L); // loginDelayBase: 3 s after the first failure
        assertThat(problem(delayed).get("detail").asText()).contains("该账户刚刚登录失败", "秒后再试");
        assertThat(webappLogin(newAddress(), "wangjun", "demo").statusCode()).isEqualTo(429);

        passTheDelay();
        assertThat(basic(newAddress(), "/api/org/units", "wangjun", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void anAccountLocksAfterTheConfiguredFailuresOnAnyWayInAndUnlocksItself() throws Exception {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts())
                .isEqualTo(4);
        // four failures, each from another address (below the address limit), two by Basic, two by the login form
        assertThat(basic(newAddress(), "/api/org/units", "songyu", "wrong1").statusCode()).isEqualTo(401);
        passTheDelay();
        assertThat(webappLogin(newAddress(), "songyu", "wrong2").statusCode()).isEqualTo(401);
        passTheDelay();
        assertThat(basic(newAddress(), "/engine-rest/task", "songyu", "wrong3").statusCode()).isEqualTo(401);
        passTheDelay();
        assertThat(webappLogin(newAddress(), "songyu", "wrong4").statusCode()).isEqualTo(401);
        passTheDelay();

        HttpResponse<String> locked = basic(newAddress(), "/api/org/units", "songyu", "demo");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(retryAfter(locked)).isBetween(28 * 60L, 30 * 60L);
        assertThat(problem(locked).get("detail").asText()).contains("连续4次登录失败", "已被锁定", "分钟后再试");
        HttpResponse<String> webapp = webappLogin(newAddress(), "songyu", "demo");
        assertThat(webapp.statusCode()).isEqualTo(401);
        assertThat(webapp.headers().firstValue("WWW-Authenticate")).isEmpty(); // no browser login dialog
        assertThat(JSON.readTree(webapp.body()).get("message").asText()).contains("已被锁定");

        // the lock ends by itself after account-lock (30 minutes)
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 31 * 60_000));
        assertThat(basic(newAddress(), "/api/org/units", "songyu", "demo").statusCode()).isEqualTo(200);
        assertThat(webappLogin(newAddress(), "songyu", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void failedWebappLoginsThrottleTheAddressToo() throws Exception {
        String attacker = newAddress();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = webappLogin(attacker, "nobody" + i, "guess");
            assertThat(failed.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = webappLogin(attacker, "zhouyining", "demo");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(14 * 60L, 15 * 60L);
        // the Camunda login page shows a failed login's "message"
        assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("请", "分钟后再试");
        assertThat(basic(attacker, "/api/org/units", "zhouyining", "demo").statusCode()).isEqualTo(429);

        assertThat(webappLogin(newAddress(), "zhouyining", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginWithoutAccessToTheAppIsNoFailure() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            // the right password, but a mediator has no Cockpit
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            Http http = new Http(port);
            String token = browser.send(HttpRequest.newBuilder(URI.create(http.url("/camunda/app/cockpit/default/")))
                    .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .headers().firstValue("X-XSRF-TOKEN").orElseThrow();
            HttpResponse<String> forbidden = browser.send(HttpRequest.newBuilder(URI.create(
                            http.url("/camunda/api/admin/auth/user/default/login/cockpit")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString("username=guolao&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forbidden.statusCode()).isEqualTo(403);
        }
        assertThat(webappLogin(address, "guolao", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedLoginFormIsRefusedInChinese() throws Exception {
        HttpResponse<String> refused = webappLogin(newAddress(), "zhangli", "x".repeat(20_000));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(problem(refused).get("detail").asText()).contains("登录表单过大");
    }

    @Test
    void othersPasswordsCannotBeProbedThroughTheEngineApi() {
        HttpResponse<String> probe = new Http(port).send(HttpRequest.newBuilder(
                        URI.create(new Http(port).url("/engine-rest/identity/verify")))
                .header("Authorization", Http.basic("zhangli", "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"wujiaotong\",\"password\":\"guess\"}")).build());
        assertThat(probe.statusCode()).isEqualTo(403);
        assertThat(probe.body()).contains("核验他人密码");
        // nothing reached the account: no delay
        assertThat(basic(newAddress(), "/api/org/units", "wujiaotong", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void overHttpsBehindTheProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/org/units")))
                .header("Authorization", Http.basic("zhangli", "demo")).header("X-Forwarded-For", newAddress())
                .header("X-Forwarded-Proto", "https").GET().build());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(http.url("/camunda/app/tasklist/default/")))
                .header("X-Forwarded-For", newAddress()).header("X-Forwarded-Proto", "https").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="))
                .anyMatch(c -> c.startsWith("XSRF-TOKEN=")).allMatch(c -> c.matches("(?i).*;\\s*Secure.*"));

        // the same page over plain HTTP: no HSTS, no Secure flag (the browser would not send the cookie back)
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(http.url("/camunda/app/tasklist/default/")))
                .header("X-Forwarded-For", newAddress()).GET().build());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty().noneMatch(c -> c.matches("(?i).*;\\s*Secure.*"));
    }
}
