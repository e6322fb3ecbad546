package cn.jiyuan.mediation.monthlyreport;

import static cn.jiyuan.mediation.monthlyreport.MonthlyReportVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.documents.PdfDocuments;
import cn.jiyuan.mediation.documents.UndisplayableCharacterException;
import cn.jiyuan.mediation.forms.FormInputException;
import cn.jiyuan.mediation.forms.FormValues;
import cn.jiyuan.mediation.monthlyreport.MonthlyReportRepository.Attendee;
import cn.jiyuan.mediation.monthlyreport.MonthlyReportRepository.FollowUp;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * 登记例会纪要: checks the meeting form (monthly-meeting) and records it with the month's report — date, place,
 * attendees (people of the town's committees and justice office, from the registry), minutes, decisions and the
 * follow-up items with their owners and due dates. The first problem found is refused in Chinese, naming the field;
 * nothing is written then.
 */
@Service
public class MonthlyMeetings {

    static final int MAX_MINUTES = 8000;
    static final int MAX_DECISIONS = 4000;
    static final int MAX_PLACE = 200;
    static final int MAX_ITEM = 500;
    static final int MAX_FOLLOW_UPS = 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MonthlyReportRepository repository;
    private final MonthlyPeople people;
    private final ScreeningClock clock;
    private final PdfDocuments documents;

    public MonthlyMeetings(MonthlyReportRepository repository, MonthlyPeople people, ScreeningClock clock,
                           PdfDocuments documents) {
        this.repository = repository;
        this.people = people;
        this.clock = clock;
        this.documents = documents;
    }

    /** @return the ids of the follow-up items recorded (as text: the process's multi-instance collection) */
    public List<String> record(long reportId, Map<String, Object> form, String by) {
        MonthlyReport report = repository.find(reportId).orElseThrow();
        MonthlyRound round = repository.findRound(report.roundId()).orElseThrow();
        LocalDate date = date(form.get(MEETING_DATE), "会议日期", MEETING_DATE);
        if (date == null) {
            throw new MonthlyReportRejected("请填写会议日期", MEETING_DATE);
        }
        if (date.isAfter(clock.today())) {
            throw new MonthlyReportRejected("会议日期不能晚于今天", MEETING_DATE);
        }
        if (date.isBefore(round.from())) {
            throw new MonthlyReportRejected("会议日期不能早于本月统计期间的第一天（" + MonthlyReportTexts.day(round.from()) + "）",
                    MEETING_DATE);
        }
        String place = text(form.get(MEETING_PLACE), "会议地点", MAX_PLACE, MEETING_PLACE, false);
        Map<String, MonthlyPeople.Participant> town = people.of(report.townCode());
        List<Attendee> attendees = new ArrayList<>();
        for (String code : new LinkedHashSet<>(FormValues.list(form.get(ATTENDEES)))) {
            MonthlyPeople.Participant p = town.get(code);
            if (p == null) {
                throw new MonthlyReportRejected("参会人员须为" + report.townName() + "调委会或司法所的人员", ATTENDEES);
            }
            attendees.add(new Attendee(p.code(), p.name(), p.position()));
        }
        if (attendees.isEmpty()) {
            throw new MonthlyReportRejected("请选择参会人员", ATTENDEES);
        }
        String minutes = text(form.get(MINUTES), "会议纪要", MAX_MINUTES, MINUTES, true);
        String decisions = text(form.get(DECISIONS), "会议决定", MAX_DECISIONS, DECISIONS, false);
        List<FollowUp> items = followUps(form.get(FOLLOW_UPS), people.ownersOf(report.townCode()), date);
        requirePrintable(place, decisions, items);
        repository.recordMeeting(reportId, date, place, minutes, decisions, attendees, by, clock.now());
        return repository.replaceFollowUps(reportId, items).stream().map(String::valueOf).toList();
    }

    /** What the report prints must be printable by its font, or the PDF would show a box where a word belongs. */
    private void requirePrintable(String place, String decisions, List<FollowUp> items) {
        Map<String, String> printed = new java.util.LinkedHashMap<>();
        printed.put(MEETING_PLACE, place);
        printed.put(DECISIONS, decisions);
        for (int i = 0; i < items.size(); i++) {
            printed.put(FOLLOW_UPS + "[" + i + "]." + FOLLOW_UP_ITEM, items.get(i).item());
        }
        try {
            documents.requireDisplayable(printed);
        } catch (UndisplayableCharacterException e) {
            throw new MonthlyReportRejected("“" + e.character() + "”无法印在月报上，请改用常用字", e.field());
        }
    }

    private List<FollowUp> followUps(Object value, Map<String, MonthlyPeople.Participant> owners, LocalDate meeting) {
        List<FollowUp> items = new ArrayList<>();
        JsonNode rows = rows(value);
        if (rows.size() > MAX_FOLLOW_UPS) {
            throw new MonthlyReportRejected("需落实的事项最多" + MAX_FOLLOW_UPS + "项", FOLLOW_UPS);
        }
        int no = 0;
        for (JsonNode row : rows) {
            String at = FOLLOW_UPS + "[" + no + "].";
            no++;
            String item = text(row.path(FOLLOW_UP_ITEM).isNull() ? null : row.path(FOLLOW_UP_ITEM).asText(null),
                    "第" + no + "项的事项", MAX_ITEM, at + FOLLOW_UP_ITEM, true);
            String owner = row.path(FOLLOW_UP_OWNER).asText("").strip();
            if (owner.isEmpty()) {
                throw new MonthlyReportRejected("请选择第" + no + "项的责任人", at + FOLLOW_UP_OWNER);
            }
            MonthlyPeople.Participant p = owners.get(owner);
            if (p == null) {
                throw new MonthlyReportRejected("第" + no + "项的责任人须为本镇调委会或司法所中有平台账号的人员",
                        at + FOLLOW_UP_OWNER);
            }
            LocalDate due = date(row.path(FOLLOW_UP_DUE).asText(null), "第" + no + "项的完成期限", at + FOLLOW_UP_DUE);
            if (due == null) {
                throw new MonthlyReportRejected("请填写第" + no + "项的完成期限", at + FOLLOW_UP_DUE);
            }
            if (due.isBefore(meeting)) {
                throw new MonthlyReportRejected("第" + no + "项的完成期限不能早于会议日期", at + FOLLOW_UP_DUE);
            }
            items.add(new FollowUp(0, 0, no, item, p.login(), p.name(), due, null, null, null));
        }
        return items;
    }

    /** The dynamic list as the form submits it: a JSON array (text or Spin), or a list of maps. */
    private static JsonNode rows(Object value) {
        if (value == null) {
            return JSON.createArrayNode();
        }
        JsonNode node;
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            node = JSON.valueToTree(value);
        } else {
            try {
                node = JSON.readTree(value.toString());
            } catch (Exception e) {
                throw new MonthlyReportRejected("需落实的事项格式有误", FOLLOW_UPS);
            }
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JSON.createArrayNode();
        }
        if (!node.isArray()) {
            throw new MonthlyReportRejected("需落实的事项格式有误", FOLLOW_UPS);
        }
        return node;
    }

    private static LocalDate date(Object value, String label, String field) {
        try {
            return FormValues.date(value, label);
        } catch (FormInputException e) {
            throw new MonthlyReportRejected(label + "不是有效日期（年-月-日）", field);
        }
    }

    private static String text(Object value, String label, int max, String field, boolean required) {
        String text = FormValues.text(value);
        if (text == null) {
            if (required) {
                throw new MonthlyReportRejected("请填写" + label, field);
            }
            return null;
        }
        if (text.length() > max) {
            throw new MonthlyReportRejected(label + "最多" + max + "个字", field);
        }
        return text;
    }
}
