package cn.jiyuan.mediation.screening.campaign;

import static cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningDueDates;

/**
 * Reads and checks a campaign order, from the start form's variables or the API's JSON alike: {@code topic}
 * (required, ≤ 100), {@code requirement} (≤ 2000), {@code scope} ({@code CITY} or {@code TOWNS}),
 * {@code townCodes} (towns of the registry; required for {@code TOWNS}, none for {@code CITY}; a JSON
 * array as Tasklist's checklist submits it, or a list) and {@code dueDate} (ISO date; the reports are due
 * at its due time, which must lie ahead and within a year).
 */
@Component
public class CampaignOrderReader {

    static final int MAX_TOPIC = 100;
    static final int MAX_REQUIREMENT = 2000;
    static final int MAX_TOWNS = 100;

    /** Thrown with every problem of an order. */
    public static class InvalidOrder extends RuntimeException {

        private final transient List<CampaignProblem> problems;

        public InvalidOrder(List<CampaignProblem> problems) {
            super("专项排查发起信息有误：" + problems.stream().map(CampaignProblem::chinese)
                    .collect(Collectors.joining("；")));
            this.problems = List.copyOf(problems);
        }

        public List<CampaignProblem> problems() {
            return problems;
        }
    }

    private final OrganizationRepository registry;
    private final ScreeningDueDates dueDates;
    private final ScreeningClock clock;
    private final ObjectMapper json;

    public CampaignOrderReader(OrganizationRepository registry, ScreeningDueDates dueDates, ScreeningClock clock,
                               ObjectMapper json) {
        this.registry = registry;
        this.dueDates = dueDates;
        this.clock = clock;
        this.json = json;
    }

    /** @throws InvalidOrder naming every bad field */
    public CampaignOrder read(Map<String, ?> values) {
        List<CampaignProblem> problems = new ArrayList<>();
        String topic = text(TOPIC, values.get(TOPIC), false, problems);
        if (topic == null && !has(problems, TOPIC)) {
            problems.add(new CampaignProblem(TOPIC, "required", "请填写专项排查主题"));
        } else if (topic != null && topic.length() > MAX_TOPIC) {
            problems.add(new CampaignProblem(TOPIC, "at most " + MAX_TOPIC + " characters",
                    "专项排查主题不能超过" + MAX_TOPIC + "字"));
        }
        String requirement = text(REQUIREMENT, values.get(REQUIREMENT), true, problems);
        if (requirement != null && requirement.length() > MAX_REQUIREMENT) {
            problems.add(new CampaignProblem(REQUIREMENT, "at most " + MAX_REQUIREMENT + " characters",
                    "排查重点和要求不能超过" + MAX_REQUIREMENT + "字"));
        }
        List<String> towns = towns(values.get(TOWN_CODES), problems);
        CampaignScope scope = scope(values.get(SCOPE), towns, problems);
        if (scope == CampaignScope.TOWNS && towns != null && towns.isEmpty()) {
            problems.add(new CampaignProblem(TOWN_CODES, "choose at least one town when scope is TOWNS",
                    "请选择至少一个镇（街道）"));
        }
        if (scope == CampaignScope.CITY && towns != null && !towns.isEmpty()) {
            problems.add(new CampaignProblem(TOWN_CODES, "must be empty when scope is CITY",
                    "全市排查不能再指定镇（街道）"));
        }
        LocalDate dueDate = dueDate(values.get(DUE_DATE), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        return new CampaignOrder(topic, requirement, scope, towns == null ? List.of() : towns, dueDate);
    }

    private CampaignScope scope(Object value, List<String> towns, List<CampaignProblem> problems) {
        String text = text(SCOPE, value, false, problems);
        if (text == null) {
            return has(problems, SCOPE) ? null
                    : towns == null || towns.isEmpty() ? CampaignScope.CITY : CampaignScope.TOWNS;
        }
        try {
            return CampaignScope.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new CampaignProblem(SCOPE, "must be CITY or TOWNS", "排查范围应为全市或指定镇（街道）"));
            return null;
        }
    }

    /** @return the chosen town codes (empty when none), or null when unreadable (a problem is added) */
    private List<String> towns(Object value, List<CampaignProblem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        if (value != null) {
            JsonNode node;
            try {
                node = value instanceof Collection<?> ? json.valueToTree(value) : json.readTree(value.toString());
            } catch (Exception e) {
                node = null;
            }
            if (node == null || !node.isArray()) {
                problems.add(new CampaignProblem(TOWN_CODES, "must be a list of town codes", "镇（街道）选择无法读取"));
                return null;
            }
            if (node.size() > MAX_TOWNS) {
                problems.add(new CampaignProblem(TOWN_CODES, "at most " + MAX_TOWNS + " towns",
                        "镇（街道）不能超过" + MAX_TOWNS + "个"));
                return null;
            }
            for (JsonNode n : node) {
                if (!n.isTextual()) {
                    problems.add(new CampaignProblem(TOWN_CODES, "must be a list of town codes (strings)",
                            "镇（街道）应为代码（文字）的列表"));
                    return null;
                }
                codes.add(n.asText().trim());
            }
        }
        Set<String> known = registry.findUnits(UnitLevel.TOWN, null).stream().map(OrgUnit::code)
                .collect(Collectors.toSet());
        List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            String quoted = unknown.stream().map(UserText::quote).filter(q -> !q.isEmpty())
                    .collect(Collectors.joining("、"));
            problems.add(new CampaignProblem(TOWN_CODES, "not towns of the registry: " + unknown,
                    "不是本市的镇（街道）" + (quoted.isEmpty() ? "" : "：" + quoted)));
            return null;
        }
        return List.copyOf(codes);
    }

    private LocalDate dueDate(Object value, List<CampaignProblem> problems) {
        LocalDate day;
        if (value instanceof Date date) {
            day = ScreeningClock.toOffset(date).toLocalDate();
        } else {
            String text = text(DUE_DATE, value, false, problems);
            if (text == null) {
                if (!has(problems, DUE_DATE)) {
                    problems.add(new CampaignProblem(DUE_DATE, "required", "请选择截止日期"));
                }
                return null;
            }
            try {
                day = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                problems.add(new CampaignProblem(DUE_DATE, "'" + text + "' is not a date (YYYY-MM-DD)",
                        "截止日期格式应为年-月-日"));
                return null;
            }
        }
        // the year first: the due time of a day such as +999999999-12-31 cannot even be computed
        if (day.isAfter(clock.today().plusYears(1))) {
            problems.add(new CampaignProblem(DUE_DATE, "must lie within a year", "截止日期不能超过一年"));
        } else if (day.isBefore(clock.today().minusDays(1)) || !dueDates.campaign(day).dueAt().isAfter(clock.now())) {
            problems.add(new CampaignProblem(DUE_DATE, "must lie ahead (reports are due at its due time)",
                    "截止时间已过，请选择以后的日期"));
        }
        return day;
    }

    /** A trimmed text, null when absent or blank; anything but a string, or a string with control or invisible
     * format characters, is a problem. */
    private static String text(String field, Object value, boolean multiLine, List<CampaignProblem> problems) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            problems.add(new CampaignProblem(field, "must be a string", "应为文字"));
            return null;
        }
        String s = string.trim();
        String problem = UserText.problem(s, multiLine);
        if (problem != null) {
            problems.add(new CampaignProblem(field, "contains control or invisible characters", problem));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    private static boolean has(List<CampaignProblem> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
