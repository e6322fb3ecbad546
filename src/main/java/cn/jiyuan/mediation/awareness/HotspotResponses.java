package cn.jiyuan.mediation.awareness;

import static cn.jiyuan.mediation.awareness.HotspotResponseVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.screening.campaign.CampaignLauncher;
import cn.jiyuan.mediation.screening.campaign.CampaignOrder;
import cn.jiyuan.mediation.screening.campaign.CampaignOrderReader;
import cn.jiyuan.mediation.screening.campaign.ScreeningCampaignVariables;

/**
 * A new hotspot of a town becomes a task of its justice office (process hotspot-response), and the office's
 * response is recorded on the alert: a special screening of the town started from the task (the same campaign as
 * 发起流程 → 专项排查, by the same checks), or other measures described.
 */
@Service
public class HotspotResponses {

    private static final Logger log = LoggerFactory.getLogger(HotspotResponses.class);

    /** The town's hotspots are the justice office's to handle; city-wide ones are the bureau's (the alert list). */
    static final Set<AlertKind> TOWN_HOTSPOTS = Set.of(AlertKind.HOTSPOT_TOWN, AlertKind.HOTSPOT_TOWN_CATEGORY);
    static final int RESPONSE_DAYS = 7;
    static final int CAMPAIGN_DAYS = 7;

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final OrganizationRepository registry;
    private final CampaignOrderReader orders;
    private final CampaignLauncher launcher;

    public HotspotResponses(RuntimeService runtime, JdbcTemplate jdbc, OrganizationRepository registry,
                            CampaignOrderReader orders, CampaignLauncher launcher) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.registry = registry;
        this.orders = orders;
        this.launcher = launcher;
    }

    private record Alert(long id, AlertKind kind, String townCode, String category, String title, String description,
                         String recommendedAction) {
    }

    /** Starts a response for each of these subjects that is a town's hotspot. @return instances started */
    public int startFor(List<String> openedSubjects) {
        int started = 0;
        for (String subject : openedSubjects) {
            Optional<Alert> alert = jdbc.query("select * from awareness_alert where open_key = ?", (rs, i) -> new Alert(
                    rs.getLong("id"), AlertKind.valueOf(rs.getString("kind")), rs.getString("town_code"),
                    rs.getString("category"), rs.getString("title"), rs.getString("description"),
                    rs.getString("recommended_action")), subject).stream().findFirst();
            if (alert.isEmpty() || !TOWN_HOTSPOTS.contains(alert.get().kind())) {
                continue;
            }
            Optional<JusticeOffice> office = registry.findOfficeOfTown(alert.get().townCode());
            if (office.isEmpty()) {
                log.warn("Hotspot alert {} of town {}: the registry has no justice office there, no task", alert.get()
                        .id(), alert.get().townCode());
                continue;
            }
            start(alert.get(), office.get());
            started++;
        }
        return started;
    }

    private void start(Alert alert, JusticeOffice office) {
        LocalDate today = CaseTime.today();
        VariableMap variables = Variables.createVariables()
                .putValue(ALERT_ID, alert.id())
                .putValue(TOWN_CODE, alert.townCode())
                .putValue(JUSTICE_OFFICE_GROUP, office.groupId())
                .putValue(RESPONSE_DUE, Date.from(today.plusDays(RESPONSE_DAYS).atTime(LocalTime.of(18, 0))
                        .atZone(CaseTime.ZONE).toInstant()))
                .putValue(ALERT_TITLE, alert.title())
                .putValue(ALERT_DESCRIPTION, alert.description())
                .putValue(RECOMMENDED_ACTION, alert.recommendedAction())
                .putValue(TOPIC, topic(alert))
                .putValue(DUE_DATE, today.plusDays(CAMPAIGN_DAYS).toString());
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "HOTSPOT-" + alert.id(), variables).getId();
        jdbc.update("update awareness_alert set process_instance_id = ? where id = ?", instance, alert.id());
    }

    /** The suggested topic: 克井镇环境污染纠纷专项排查, or 克井镇矛盾纠纷专项排查 for a town's spike of all kinds. */
    static String topic(String townName, String category) {
        return townName + (category == null ? "矛盾纠纷" : DisputeCategory.valueOf(category).label() + "纠纷") + "专项排查";
    }

    private String topic(Alert alert) {
        String town = registry.findUnit(alert.townCode()).map(OrgUnit::name).orElse(alert.townCode());
        return topic(town, alert.category());
    }

    /**
     * Records the office's response on the alert.
     *
     * @throws HotspotResponseRejected when no way was chosen, or other measures without saying which
     */
    public void record(long alertId, String response, String note, String userId) {
        if (!CAMPAIGN.equals(response) && !OTHER.equals(response)) {
            throw new HotspotResponseRejected("请选择处置方式", RESPONSE);
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (OTHER.equals(response) && text == null) {
            throw new HotspotResponseRejected("采取其他措施的，请写明采取了哪些措施", RESPONSE_NOTE);
        }
        if (text != null && text.length() > 2000) {
            throw new HotspotResponseRejected("处置情况最多2000个字", RESPONSE_NOTE);
        }
        jdbc.update("update awareness_alert set handling = ?, handling_note = ?, handled_by = ?, handled_at = ? where"
                + " id = ?", response, text, userId, CaseTime.now(), alertId);
    }

    /**
     * Starts the special screening of the alert's town as the user completing the task (its initiator, who gets the
     * summary), with the alert's recommended action as its requirement.
     *
     * @return the campaign's process instance
     * @throws HotspotResponseRejected naming the topic or the due date when the campaign cannot be ordered so
     */
    public String startCampaign(long alertId, String townCode, Object topic, Object dueDate, String recommendedAction) {
        Map<String, Object> values = new HashMap<>();
        values.put(ScreeningCampaignVariables.TOPIC, topic);
        values.put(ScreeningCampaignVariables.REQUIREMENT, recommendedAction);
        values.put(ScreeningCampaignVariables.SCOPE, "TOWNS");
        values.put(ScreeningCampaignVariables.TOWN_CODES, List.of(townCode));
        values.put(ScreeningCampaignVariables.DUE_DATE, dueDate);
        String instance;
        try {
            CampaignOrder order = orders.read(values);
            instance = launcher.launch(order).processInstanceId();
        } catch (CampaignOrderReader.InvalidOrder e) {
            FieldError first = e.problems().get(0);
            // the order's fields are named as this form's (topic, dueDate); anything else concerns the form as a whole
            String field = TOPIC.equals(first.field()) || DUE_DATE.equals(first.field()) ? first.field() : null;
            throw new HotspotResponseRejected(first.message(), field);
        }
        jdbc.update("update awareness_alert set campaign_instance_id = ? where id = ?", instance, alertId);
        return instance;
    }
}
