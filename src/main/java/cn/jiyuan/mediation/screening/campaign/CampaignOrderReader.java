package cn.jiyuan.mediation.screening.campaign;

import static cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables.*;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.screening.ScreeningDueDates;

/**
 * Reads and checks a campaign order ({@link CampaignOrderRequest}), from the start form's variables or the API's
 * JSON alike; here what needs the registry and the clock: the towns are towns of the registry (required for
 * {@code TOWNS}, none for {@code CITY}; without a scope, the towns decide it) and the reports are due at the due
 * date's due time, which must lie ahead and within a year.
 */
@Component
public class CampaignOrderReader {

    /** Thrown with every problem of an order; its message is what a Tasklist user reads. */
    public static class InvalidOrder extends RuntimeException {

        private final transient List<FieldError> problems;

        public InvalidOrder(List<FieldError> problems) {
            super("专项排查发起信息有误：" + problems.stream().map(FieldError::message).collect(Collectors.joining("；")));
            this.problems = List.copyOf(problems);
        }

        public List<FieldError> problems() {
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

    /**
     * Reads the start form's variables (other variables are not the order's and are left alone).
     *
     * @throws InvalidOrder naming every bad field
     */
    public CampaignOrder read(Map<String, ?> values) {
        FieldErrors errors = new FieldErrors();
        ObjectNode body = json.createObjectNode();
        for (String field : List.of(TOPIC, REQUIREMENT, SCOPE, DUE_DATE)) {
            Object value = values.get(field);
            if (value != null) {
                // a date picked in a form is a Date: its day is the due date
                body.set(field, value instanceof Date date ? json.getNodeFactory()
                        .textNode(ScreeningClock.toOffset(date).toLocalDate().toString()) : json.valueToTree(value));
            }
        }
        JsonNode towns = towns(values.get(TOWN_CODES));
        if (towns == null) {
            errors.add(TOWN_CODES, "镇（街道）选择无法读取");
        } else if (!towns.isNull()) {
            body.set(TOWN_CODES, towns);
        }
        CampaignOrder order = check(Requests.bind(body, CampaignOrderRequest.class, errors), errors);
        if (order == null) {
            throw new InvalidOrder(errors.list());
        }
        return order;
    }

    /** Tasklist's checklist submits the chosen towns as a JSON text; a list is taken as it is. */
    private JsonNode towns(Object value) {
        if (value == null) {
            return json.nullNode();
        }
        if (value instanceof Collection<?>) {
            return json.valueToTree(value);
        }
        try {
            JsonNode node = json.readTree(value.toString());
            return node != null && node.isArray() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Checks a bound order, adding its problems to those found while binding it.
     *
     * @return the order, or null when {@code errors} names a bad field
     */
    public CampaignOrder check(CampaignOrderRequest request, FieldErrors errors) {
        Requests.validate(request, errors);
        List<String> towns = errors.hasWithin(TOWN_CODES) ? null : towns(request.townCodes(), errors);
        CampaignScope scope = errors.has(SCOPE) ? null : request.scope() != null ? CampaignScope.valueOf(request.scope())
                : towns == null || towns.isEmpty() ? CampaignScope.CITY : CampaignScope.TOWNS;
        if (scope == CampaignScope.TOWNS && towns != null && towns.isEmpty()) {
            errors.add(TOWN_CODES, "请选择至少一个镇（街道）");
        }
        if (scope == CampaignScope.CITY && towns != null && !towns.isEmpty()) {
            errors.add(TOWN_CODES, "全市排查不能再指定镇（街道）");
        }
        LocalDate dueDate = errors.has(DUE_DATE) ? null : dueDate(LocalDate.parse(request.dueDate()), errors);
        errors.sort(Requests.order(CampaignOrderRequest.class));
        if (!errors.isEmpty()) {
            return null;
        }
        return new CampaignOrder(request.topic(), request.requirement(), scope, towns, dueDate);
    }

    /** @return the chosen town codes (empty when none), or null after naming what is wrong with them */
    private List<String> towns(List<String> chosen, FieldErrors errors) {
        if (chosen == null) {
            return List.of();
        }
        if (chosen.stream().anyMatch(Objects::isNull)) {
            errors.add(TOWN_CODES, "镇（街道）应为代码（文字）的列表");
            return null;
        }
        Set<String> codes = chosen.stream().map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> known = registry.findUnits(UnitLevel.TOWN, null).stream().map(OrgUnit::code)
                .collect(Collectors.toSet());
        List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            String quoted = unknown.stream().map(UserText::quote).filter(q -> !q.isEmpty())
                    .collect(Collectors.joining("、"));
            errors.add(TOWN_CODES, "不是本市的镇（街道）" + (quoted.isEmpty() ? "" : "：" + quoted));
            return null;
        }
        return List.copyOf(codes);
    }

    private LocalDate dueDate(LocalDate day, FieldErrors errors) {
        // the year first: the due time of a day such as +999999999-12-31 cannot even be computed
        if (day.isAfter(clock.today().plusYears(1))) {
            errors.add(DUE_DATE, "截止日期不能超过一年");
        } else if (day.isBefore(clock.today().minusDays(1)) || !dueDates.campaign(day).dueAt().isAfter(clock.now())) {
            errors.add(DUE_DATE, "截止时间已过，请选择以后的日期");
        }
        return day;
    }
}
