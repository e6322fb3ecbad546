package cn.jiyuan.mediation.monthlyreport;

import static cn.jiyuan.mediation.monthlyreport.MonthlyReportVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * The meeting form (monthly-meeting) of a report the head returned (退回修改) opens with the meeting as it was recorded —
 * date, place, attendees, minutes, decisions and follow-up items — and the head's opinion ({@value #RETURN_OPINION}),
 * read from the report's tables when the form is opened; nothing of it goes back into the engine. The office changes
 * what the opinion asks for and submits again, instead of typing the meeting anew. Attendees and owners who are no
 * longer among the town's people are left out (they could not be picked again), so that the form can be submitted.
 */
@Component
public class MonthlyMeetingFields implements VirtualFormFields {

    static final String RETURN_OPINION = "returnOpinion";
    private static final String MEETING_TASK = "holdMeeting";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MonthlyReportRepository repository;
    private final MonthlyPeople people;
    private final TaskService tasks;
    private final IdentityService identity;

    public MonthlyMeetingFields(MonthlyReportRepository repository, MonthlyPeople people, TaskService tasks,
                                IdentityService identity) {
        this.repository = repository;
        this.people = people;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public Set<String> keys() {
        return Set.of(MEETING_DATE, MEETING_PLACE, MINUTES, DECISIONS, ATTENDEES, FOLLOW_UPS, RETURN_OPINION);
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        Map<String, String> values = new LinkedHashMap<>();
        recorded(task).ifPresent(report -> {
            put(values, MEETING_DATE, report.meetingDate() == null ? null : report.meetingDate().toString());
            put(values, MEETING_PLACE, report.meetingPlace());
            put(values, MINUTES, report.minutes());
            put(values, DECISIONS, report.decisions());
            if (report.status() == ReportStatus.OPEN && report.returnedCount() > 0) {
                put(values, RETURN_OPINION, report.reviewOpinion());
            }
        });
        return values;
    }

    @Override
    public Map<String, JsonNode> jsonValues(TaskView task, Authentication viewer) {
        return recorded(task).map(report -> {
            Map<String, MonthlyPeople.Participant> town = people.of(report.townCode());
            Map<String, MonthlyPeople.Participant> owners = people.ownersOf(report.townCode());
            ArrayNode attendees = JSON.createArrayNode();
            repository.attendees(report.id()).stream().map(MonthlyReportRepository.Attendee::personCode)
                    .filter(town::containsKey).forEach(attendees::add);
            ArrayNode items = JSON.createArrayNode();
            for (MonthlyReportRepository.FollowUp f : repository.followUps(report.id())) {
                ObjectNode row = items.addObject();
                row.put(FOLLOW_UP_ITEM, f.item());
                row.put(FOLLOW_UP_OWNER, owners.containsKey(f.ownerLogin()) ? f.ownerLogin() : null);
                row.put(FOLLOW_UP_DUE, f.dueDate() == null ? null : f.dueDate().toString());
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put(ATTENDEES, attendees);
            values.put(FOLLOW_UPS, items);
            return values;
        }).orElse(Map.of());
    }

    /** The report of a meeting task whose meeting was recorded before (the report came back), if any. */
    private Optional<MonthlyReport> recorded(TaskView task) {
        if (!PROCESS_KEY.equals(task.processDefinitionKey()) || !MEETING_TASK.equals(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        Object reportId = SystemAuthority.call(identity, () -> tasks.getVariable(task.id(), REPORT_ID));
        if (!(reportId instanceof Number id)) {
            return Optional.empty();
        }
        return repository.find(id.longValue()).filter(r -> r.meetingDate() != null);
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
