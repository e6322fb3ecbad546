package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Chinese translations of the Camunda webapps (src/main/resources/META-INF/resources/webjars/camunda/app/
 * &lt;app&gt;/locales/zh.json) must stay complete against the English file of the Camunda webjar on the classpath:
 * same keys, same {{placeholders}}, same HTML tags. An app is Chinese exactly when it has a zh.json and its
 * scripts/config.js (our copy, which must come before the webjar's) offers 'zh'; apps without zh.json stay English.
 */
class WebappLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|div|em|i|li|ol|p|span|strong|ul)\\b[^>]*>");
    private static final Pattern AVAILABLE_LOCALES = Pattern.compile("(?m)^\\s*['\"]?availableLocales['\"]?\\s*:\\s*\\[([^]]*)]");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void chineseIsCompleteWhereverItIsOffered(String app) throws IOException {
        String config = read(APP + app + "/scripts/config.js");
        URL zhFile = resource(APP + app + "/locales/zh.json");
        boolean offersChinese = offeredLocales(config).contains("zh");
        assertThat(offersChinese).as("%s: config.js offers 'zh' if and only if zh.json exists", app)
                .isEqualTo(zhFile != null);
        if (zhFile == null) {
            return;
        }
        assertThat(firstOnClasspath(APP + app + "/scripts/config.js"))
                .as("%s: our config.js comes before the webjar's", app).doesNotContain("camunda-webapp-webjar");
        assertThat(config).as("%s: Chinese is the fallback for browsers with neither zh nor en", app)
                .containsPattern("(?m)^\\s*['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]zh['\"]");

        JsonNode en = json.readTree(read(APP + app + "/locales/en.json"));
        JsonNode zh = json.readTree(read(APP + app + "/locales/zh.json"));
        assertThat(fieldNames(zh)).as("%s: top-level sections", app).isEqualTo(fieldNames(en));

        JsonNode enLabels = en.get("labels");
        JsonNode zhLabels = zh.get("labels");
        assertThat(fieldNames(zhLabels)).as("%s: label keys of zh.json = keys of the webjar's en.json", app)
                .isEqualTo(fieldNames(enLabels));
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = enLabels.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> label = it.next();
            String english = label.getValue().asText();
            JsonNode chinese = zhLabels.get(label.getKey());
            if (!chinese.isTextual()) {
                problems.add(label.getKey() + " is not a string");
                continue;
            }
            if (!english.isBlank() && chinese.asText().isBlank()) {
                problems.add(label.getKey() + " is empty");
            }
            if (!all(PLACEHOLDER, chinese.asText()).equals(all(PLACEHOLDER, english))) {
                problems.add(label.getKey() + ": placeholders " + all(PLACEHOLDER, english) + " expected, found "
                        + all(PLACEHOLDER, chinese.asText()));
            }
            if (!all(HTML_TAG, chinese.asText()).equals(all(HTML_TAG, english))) {
                problems.add(label.getKey() + ": HTML " + all(HTML_TAG, english) + " expected, found "
                        + all(HTML_TAG, chinese.asText()));
            }
        }
        assertThat(problems).as("%s: zh.json labels", app).isEmpty();

        if (en.has("dateLocales")) {
            assertSameShape(app + ".dateLocales", en.get("dateLocales"), zh.get("dateLocales"));
        }
    }

    /**
     * The vendor's "time to migrate to Camunda 8" banner is hidden in every app by our user-styles.css (the
     * stylesheet hook the webapps load after their own); fails when Camunda renames the banner's class.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void theCamunda8BannerIsHidden(String app) throws IOException {
        assertThat(read(APP + app + "/camunda-" + app + "-bootstrap.js")).as("%s: the banner's class", app)
                .contains("class=\"ce-eol-banner\"");
        assertThat(firstOnClasspath(APP + app + "/styles/user-styles.css"))
                .as("%s: our user-styles.css comes before the webjar's", app).doesNotContain("camunda-webapp-webjar");
        assertThat(read(APP + app + "/styles/user-styles.css").replaceAll("\\s+", " "))
                .contains(".ce-eol-banner { display: none !important; }");
    }

    private static void assertSameShape(String path, JsonNode en, JsonNode zh) {
        assertThat(zh).as(path).isNotNull();
        assertThat(zh.getNodeType()).as(path).isEqualTo(en.getNodeType());
        if (en.isObject()) {
            assertThat(fieldNames(zh)).as(path).isEqualTo(fieldNames(en));
            en.fieldNames().forEachRemaining(name -> assertSameShape(path + "." + name, en.get(name), zh.get(name)));
        } else if (en.isArray()) {
            assertThat(zh.size()).as(path).isEqualTo(en.size());
        }
    }

    private static Set<String> offeredLocales(String config) {
        Matcher m = AVAILABLE_LOCALES.matcher(config); // commented-out examples ("// ...") do not match
        Set<String> locales = new LinkedHashSet<>();
        if (m.find()) {
            for (String locale : m.group(1).split(",")) {
                locales.add(locale.replaceAll("['\"\\s]", ""));
            }
        }
        return locales;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", ""));
        }
        found.sort(null);
        return found;
    }

    private static URL resource(String name) {
        return WebappLocaleTest.class.getClassLoader().getResource(name);
    }

    private static String firstOnClasspath(String name) {
        URL url = resource(name);
        assertThat(url).as(name).isNotNull();
        return url.toString();
    }

    private static String read(String name) throws IOException {
        URL url = resource(name);
        assertThat(url).as(name + " on the classpath").isNotNull();
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Camunda's en.json files start with a BOM
        }
    }
}
