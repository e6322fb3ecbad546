package cn.jiyuan.mediation.platform.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A login refused before its password was checked, answered with a Chinese problem body (RFC 9457) and, when the
 * refusal ends by itself, a Retry-After header in seconds. The body also carries the text as {@code message}: the
 * Camunda webapps' login page shows a failed login's {@code message} instead of its generic text.
 *
 * @param status     429 for throttling (address, per-user delay), 401 for a locked account
 * @param retryAfter null when only an administrator can lift the refusal
 */
public record LoginRefusal(int status, String title, String detail, Duration retryAfter) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static LoginRefusal addressThrottled(Duration remaining) {
        return new LoginRefusal(429, "登录尝试过于频繁",
                "从您所在网络地址登录失败的次数过多，已暂停登录，请" + wait(remaining) + "后再试。", remaining);
    }

    static LoginRefusal userDelayed(Duration remaining) {
        return new LoginRefusal(429, "登录尝试过于频繁",
                "该账户刚刚登录失败，请" + wait(remaining) + "后再试。", remaining);
    }

    /** Same answer as a wrong password: nobody learns whether the login exists or has a password yet. */
    static LoginRefusal wrongCredentials() {
        return new LoginRefusal(401, "未登录", "用户名或密码错误。", null);
    }

    static LoginRefusal accountLocked(int maxFailures, Duration remaining) {
        String detail = "该账户因连续" + maxFailures + "次登录失败已被锁定，"
                + (remaining == null ? "请联系系统管理员解锁。" : "请" + wait(remaining) + "后再试，或请系统管理员解锁。");
        return new LoginRefusal(401, "账户已锁定", detail, remaining);
    }

    /**
     * Writes the refusal as the whole answer.
     *
     * @param basicChallenge whether a 401 asks for HTTP Basic credentials (the APIs); never for the webapps'
     *                       login form, where the challenge would make the browser open its own login dialog
     */
    public void write(HttpServletResponse response, boolean basicChallenge) throws IOException {
        response.setStatus(status);
        if (retryAfter != null) {
            response.setHeader("Retry-After", Long.toString(seconds(retryAfter)));
        }
        if (status == 401 && basicChallenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"mediation\", charset=\"UTF-8\"");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("message", detail);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static String wait(Duration d) {
        long seconds = seconds(d);
        return seconds < 120 ? seconds + "秒" : ((seconds + 59) / 60) + "分钟";
    }
}
