package cn.jiyuan.mediation.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser session in one of Camunda's webapps (tasklist, cockpit, admin), logged in the way the browser
 * does it, for tests of what the webapps' own API ({@code /camunda/api/…}) lets a user see and do.
 *
 * <ol>
 * <li>{@code GET /camunda/app/{app}/default/}: the session cookie ({@code JSESSIONID}) and the CSRF token
 * (cookie {@code XSRF-TOKEN}, also sent as header {@code X-XSRF-TOKEN});</li>
 * <li>{@code POST /camunda/api/admin/auth/user/default/login/{app}} with the form fields {@code username} and
 * {@code password} and the token as header {@code X-XSRF-TOKEN}. The login starts a new session, which has no
 * token yet, so</li>
 * <li>{@code GET /camunda/api/admin/auth/user/default} (who am I) fetches the new session's token.</li>
 * </ol>
 * Every later request carries the session cookie and, like the webapps' pages, a {@code Referer} of the app's
 * page (the platform's audit tells the apps apart by it) and, on writes, the current {@code XSRF-TOKEN} cookie
 * as header {@code X-XSRF-TOKEN} (Camunda's CSRF filter refuses writes without it with 403).
 *
 * <pre>{@code
 * WebappSession tasklist = WebappSession.login(new Http(port), "tasklist", "zhangli", "demo");
 * HttpResponse<String> vars = tasklist.get("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables");
 * tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\":\"zhangli\"}");
 * }</pre>
 */
public final class WebappSession {

    private static final String TOKEN_COOKIE = "XSRF-TOKEN";
    private static final String TOKEN_HEADER = "X-XSRF-TOKEN";

    private final Http http;
    private final String app;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    private HttpResponse<String> loginResponse;

    private WebappSession(Http http, String app) {
        this.http = http;
        this.app = app;
    }

    /**
     * Logs in to the app ({@code tasklist}, {@code cockpit}, {@code admin} or {@code welcome}). Does not fail
     * on a refused login: see {@link #loggedIn()} and {@link #loginResponse()} (200 with the user and the apps
     * they may use; 401 wrong credentials; 403 the user may not use the app).
     */
    public static WebappSession login(Http http, String app, String user, String password) {
        WebappSession session = new WebappSession(http, app);
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/default/"))
                .GET());
        String token = page.headers().firstValue(TOKEN_HEADER).orElseGet(session::token);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        session.loginResponse = session.send(HttpRequest.newBuilder(session.uri(
                        "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header(TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (session.loggedIn()) {
            session.get("/camunda/api/admin/auth/user/default"); // the new session's CSRF token
        }
        return session;
    }

    /** As {@link #login(Http, String, String, String)} against the test server's port. */
    public static WebappSession login(int port, String app, String user, String password) {
        return login(new Http(port), app, user, password);
    }

    /** The webapps' engine API path of an engine REST path (e.g. "task/123/claim"). */
    public static String engine(String path) {
        return "/camunda/api/engine/engine/default/" + path;
    }

    public boolean loggedIn() {
        return loginResponse.statusCode() == 200;
    }

    public HttpResponse<String> loginResponse() {
        return loginResponse;
    }

    /** The page the app's requests come from (their Referer). */
    public String appPage() {
        return http.url("/camunda/app/" + app + "/default/");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Referer", appPage()).header("Accept", "application/json")
                .GET());
    }

    /** A GET without Referer, as a script using the session would send it. */
    public HttpResponse<String> getWithoutReferer(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    /**
     * Posts a form as a page of the platform does (the case pages: {@code application/x-www-form-urlencoded},
     * UTF-8, from the page {@code fromPage} of the same origin, whose address is its Referer); a redirect is
     * answered, not followed. {@code headers}: more headers, name and value in turn.
     */
    public HttpResponse<String> submitForm(String path, java.util.Map<String, String> fields, String fromPage,
                                           String... headers) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Referer", http.url(fromPage))
                .header("Origin", http.url("")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> post(String path, String json) {
        return write("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) {
        return write("PUT", path, json);
    }

    public HttpResponse<String> delete(String path) {
        return write("DELETE", path, null);
    }

    /** Posts a body of the given type (a multipart upload) as the webapp's page would, with its CSRF token. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Referer", appPage()).header("Accept", "application/json")
                .header(TOKEN_HEADER, token()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> write(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Referer", appPage())
                .header("Accept", "application/json").header(TOKEN_HEADER, token());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(request);
    }

    /**
     * A request a script on the app's page sends with the session, as {@code fetch} does (no Referer): {@code body}
     * of {@code contentType} or none, the CSRF header when {@code withToken}, more headers as name and value in turn.
     */
    public HttpResponse<String> fromScript(String method, String path, String contentType, byte[] body,
                                           boolean withToken, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (withToken) {
            request.header(TOKEN_HEADER, token());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request);
    }

    /** The current CSRF token (cookie XSRF-TOKEN), or an empty string. */
    public String token() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(TOKEN_COOKIE))
                .map(HttpCookie::getValue).reduce((first, latest) -> latest).orElse("");
    }

    private URI uri(String path) {
        return URI.create(http.url(path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
