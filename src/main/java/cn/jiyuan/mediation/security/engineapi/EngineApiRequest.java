package cn.jiyuan.mediation.security.engineapi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to the engine's REST API, by either way in: {@code /engine-rest/…} (HTTP Basic) or the webapps'
 * {@code /camunda/api/engine/engine/{name}/…} (Tasklist, Cockpit, Admin session). {@link #path()} is the part
 * after the engine, without leading or trailing slash, as the container decoded and normalized it (the
 * servlet's path info, so {@code ;parameters} and {@code %2F} tricks do not change what is matched).
 */
public record EngineApiRequest(String method, String path, boolean webapp, boolean suspicious) {

    static final String REST_PREFIX = "/engine-rest";
    static final String WEBAPP_PREFIX = "/camunda/api/engine";
    private static final Pattern NAMED_ENGINE = Pattern.compile("^engine/[^/]+(?:/(.*))?$");

    public static Optional<EngineApiRequest> of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean webapp;
        if (servletPath.equals(REST_PREFIX)) {
            webapp = false;
        } else if (servletPath.equals(WEBAPP_PREFIX)) {
            webapp = true;
        } else {
            String whole = servletPath + pathInfo;
            if (whole.startsWith(REST_PREFIX + "/")) {
                webapp = false;
                pathInfo = whole.substring(REST_PREFIX.length());
            } else if (whole.startsWith(WEBAPP_PREFIX + "/")) {
                webapp = true;
                pathInfo = whole.substring(WEBAPP_PREFIX.length());
            } else {
                return Optional.empty();
            }
        }
        String raw = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean suspicious = raw.contains(";") || raw.contains("%") || raw.contains("\\")
                || pathInfo.contains("/./") || pathInfo.contains("/../") || pathInfo.endsWith("/..");
        String path = pathInfo.replaceAll("/{2,}", "/");
        path = strip(path);
        Matcher named = NAMED_ENGINE.matcher(path);
        if (named.matches()) {
            path = named.group(1) == null ? "" : strip(named.group(1));
        } else if (webapp && !path.isEmpty()) {
            // the webapps always name their engine; anything else is not an engine call we know
            suspicious = true;
        }
        return Optional.of(new EngineApiRequest(request.getMethod().toUpperCase(java.util.Locale.ROOT), path,
                webapp, suspicious));
    }

    private static String strip(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    public boolean matches(String regex) {
        return path.matches(regex);
    }

    /** The i-th segment of the path (0-based), or null. */
    public String segment(int i) {
        String[] parts = path.split("/");
        return i < parts.length ? parts[i] : null;
    }
}
