package cn.jiyuan.mediation.caselist;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseReader;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.StatusChange;
import cn.jiyuan.mediation.disputecase.FollowUpResult;
import cn.jiyuan.mediation.disputecase.MediationRecords;
import cn.jiyuan.mediation.disputecase.SessionMode;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * A case's page (案件详情): its stage, deadline and the course of the case — status changes, mediation sessions,
 * agreements and follow-up visits, oldest first. Those who handle or supervise the case see it as the case file
 * has it; whoever else may read the case (its registrar, administrators) sees the parties masked and of the
 * sessions only when and how they were held, since their notes are about the parties.
 */
@Service
public class CasePage {

    /** The history note that the lifecycle writes with each session (MediationLifecycleService.recordSession). */
    private static final String SESSION_NOTE = "调解记录（";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One entry of the course of the case. */
    public record Event(OffsetDateTime at, String when, String kind, String text, String by) {
    }

    public record View(CaseList.Item summary, String place, String summaryText, List<String> parties,
                       String riskLevelName, List<Event> events) {
    }

    private final CaseReader reader;
    private final CaseRepository cases;
    private final MediationRecords records;
    private final CaseAccessPolicy access;
    private final CaseList list;
    private final OrganizationRepository registry;

    public CasePage(CaseReader reader, CaseRepository cases, MediationRecords records, CaseAccessPolicy access,
                    CaseList list, OrganizationRepository registry) {
        this.reader = reader;
        this.cases = cases;
        this.records = records;
        this.access = access;
        this.list = list;
        this.registry = registry;
    }

    /**
     * @param reference a case id or number
     * @throws cn.jiyuan.mediation.platform.NotFoundException unknown, or not readable by the user (alike)
     */
    @Transactional(readOnly = true)
    public View view(String reference, AuthenticatedUser user) {
        CaseFile c = reader.readable(reference, user);
        boolean full = access.mayReadPersonalData(user, c);
        List<CaseParty> parties = cases.findParties(c.id());
        List<String> names = parties.stream().map(CaseParty::name).toList();
        List<MediationRecords.Session> sessions = records.findSessions(c.id());
        List<MediationRecords.FollowUp> visits = records.findFollowUps(c.id());
        int openVisits = (int) visits.stream().filter(v -> v.result() == null).count();
        CaseList.Item summary = list.item(user, c, sessions.size(), openVisits);

        List<Event> events = new ArrayList<>();
        String previous = null;
        for (StatusChange h : cases.findHistory(c.id())) {
            boolean changed = !h.status().equals(previous);
            previous = h.status();
            if (!changed && h.note() != null && h.note().startsWith(SESSION_NOTE) && !sessions.isEmpty()) {
                continue; // the session itself is shown below, with what this viewer may see of it
            }
            String note = h.note() == null ? "" : full ? h.note() : PersonalDataMasking.text(h.note(), names);
            events.add(event(h.at(), changed ? CaseList.statusName(h.status()) : "办理记录", note, h.by()));
        }
        for (MediationRecords.Session s : sessions) {
            String mode = modeLabel(s.mode());
            String text = full ? join("方式：" + mode, s.place() == null ? null : "地点：" + s.place(),
                    s.participants(),
                    s.notes() == null ? null : "记录：" + s.notes()) : "方式：" + mode;
            events.add(event(s.heldAt(), "调解", text, s.recordedBy()));
        }
        for (MediationRecords.Agreement a : records.findAgreements(c.id())) {
            String type = "WRITTEN".equals(a.type()) ? "书面调解协议" : "口头调解协议";
            String text = type + (a.effectiveDate() == null ? "" : "，" + a.effectiveDate() + "生效")
                    + (a.performanceDeadline() == null ? "" : "，履行期限 " + a.performanceDeadline())
                    + (full && a.terms() != null ? "。协议内容：" + a.terms() : "");
            events.add(event(a.recordedAt(), "达成协议", text, a.recordedBy()));
        }
        for (MediationRecords.FollowUp v : visits) {
            if (v.result() == null) {
                events.add(new Event(v.dueDate().atStartOfDay(CaseTime.ZONE).toOffsetDateTime(),
                        v.dueDate().toString(), "待回访", "应于 " + v.dueDate() + " 前回访", ""));
            } else {
                String result = resultLabel(v.result());
                String text = "回访结果：" + result + (full && v.notes() != null ? "。" + v.notes() : "");
                events.add(event(v.visitedAt(), "回访", text, v.visitedBy()));
            }
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));

        String place = unitName(c.townCode()) + (c.villageCode() == null ? "" : unitName(c.villageCode()));
        String text = full ? c.summary() : PersonalDataMasking.text(c.summary(), names);
        return new View(summary, place, text, summary.parties(), c.riskLevel().label(), events);
    }

    private Event event(OffsetDateTime at, String kind, String text, String by) {
        OffsetDateTime local = at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime();
        return new Event(local, local == null ? "" : WHEN.format(local), kind, text, list.personName(by));
    }

    private static String join(String... parts) {
        return String.join("；", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private String unitName(String code) {
        return code == null ? "" : registry.findUnit(code).map(OrgUnit::name).orElse(code);
    }

    private static String modeLabel(String mode) {
        try {
            return SessionMode.valueOf(mode).label();
        } catch (IllegalArgumentException e) {
            return mode;
        }
    }

    private static String resultLabel(String result) {
        try {
            return FollowUpResult.valueOf(result).label();
        } catch (IllegalArgumentException e) {
            return result;
        }
    }
}
