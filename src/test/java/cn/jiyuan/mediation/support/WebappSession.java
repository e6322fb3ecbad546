package cn.jiyuan.mediation.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user logged in to a Camunda webapp (Tasklist, Cockpit, Admin) as a browser is: a session cookie and the
 * CSRF token the webapps send back on every write. Calls go to the webapps' own engine API
 * ({@code /camunda/api/engine/engine/default/…}) and plugin APIs with the app's page as Referer.
 */
public final class WebappSession {

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String base;
    private final String app;
    private final int loginStatus;

    private WebappSession(int port, String app, String user, String password) {
        this.base = "http://localhost:" + port;
        this.app = app;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/")).GET());
        HttpResponse<String> login = send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        this.loginStatus = login.statusCode();
        // the session changed at login: the next read brings the new session's CSRF token
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET());
    }

    /** Logs in to the app ("tasklist", "cockpit", "admin"); {@link #loggedIn()} tells whether it worked. */
    public static WebappSession login(int port, String app, String user, String password) {
        return new WebappSession(port, app, user, password);
    }

    public boolean loggedIn() {
        return loginStatus == 200;
    }

    /** GET of a path under the server (e.g. /camunda/api/engine/engine/default/task). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The webapps' engine API path of an engine REST path (e.g. "task/123/claim"). */
    public static String engine(String path) {
        return "/camunda/api/engine/engine/default/" + path;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Referer", base + "/camunda/app/" + app + "/default/");
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElse(null);
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
