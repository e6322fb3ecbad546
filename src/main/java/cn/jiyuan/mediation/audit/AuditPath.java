package cn.jiyuan.mediation.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reduces a request's path and query to what an audit record may hold: no personal data. Query values are
 * dropped except for parameters that carry engine ids, paging or flags, in their expected form; of all others only
 * the name stays. Whatever a caller typed into a path or a kept value that looks like a phone or resident ID
 * number is masked, so that even a hostile or mistaken request (e.g. {@code /api/cases/13812341234}) leaves no
 * such number behind.
 */
final class AuditPath {

    static final int MAX_LENGTH = 1000;
    static final String MASK = "***";

    /** Query parameters whose values are ids, paging, sorting or flags (never personal data), by their form. */
    private static final Map<String, Pattern> SAFE_PARAMETERS;

    static {
        Pattern ids = Pattern.compile("[A-Za-z0-9_.:-]{1,64}(,[A-Za-z0-9_.:-]{1,64}){0,49}");
        Pattern number = Pattern.compile("\\d{1,6}");
        Pattern flag = Pattern.compile("true|false");
        Pattern word = Pattern.compile("[A-Za-z]{1,40}");
        SAFE_PARAMETERS = Map.ofEntries(Map.entry("processInstanceId", ids), Map.entry("processInstanceIdIn", ids),
                Map.entry("taskId", ids), Map.entry("taskIdIn", ids), Map.entry("executionId", ids),
                Map.entry("executionIdIn", ids), Map.entry("processDefinitionId", ids),
                Map.entry("processDefinitionKey", ids), Map.entry("firstResult", number),
                Map.entry("maxResults", number), Map.entry("page", number), Map.entry("size", number),
                Map.entry("deserializeValues", flag), Map.entry("deserializeValue", flag), Map.entry("sortBy", word),
                Map.entry("sortOrder", word));
    }

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]-]{0,63}");
    // Whole tokens only (not inside a longer run of letters or digits, such as an engine's UUID).
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9A-Za-z])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9A-Za-z])0\\d{2,3}[- ]?\\d{7,8}(?![0-9A-Za-z])");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private AuditPath() {
    }

    /** The raw query string's parameters (names and decoded values, in order); unreadable parts are skipped. */
    static Map<String, List<String>> parameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            if (name == null || value == null) {
                continue;
            }
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The query as stored: {@code name=value} for safe parameters with id-like values, else the name alone. */
    static String query(Map<String, List<String>> parameters) {
        List<String> parts = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!PARAMETER_NAME.matcher(name).matches()) {
                parts.add("*");
                return;
            }
            for (String value : values) {
                Pattern safe = SAFE_PARAMETERS.get(name);
                if (safe != null && safe.matcher(value).matches()) {
                    parts.add(name + "=" + value);
                } else {
                    parts.add(name);
                }
            }
        });
        return String.join("&", parts);
    }

    /** The text stored for path and query: personal-data look-alikes masked, control characters gone, capped. */
    static String text(String path, String query) {
        String text = query == null || query.isEmpty() ? path : path + "?" + query;
        text = CONTROL.matcher(text).replaceAll("?");
        text = RESIDENT_ID.matcher(text).replaceAll(MASK);
        text = MOBILE.matcher(text).replaceAll(MASK);
        text = LANDLINE.matcher(text).replaceAll(MASK);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
