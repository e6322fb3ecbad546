package cn.jiyuan.mediation.semiannual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.earlywarning.MailDispatcher;
import cn.jiyuan.mediation.earlywarning.MailKind;
import cn.jiyuan.mediation.earlywarning.MailTemplates;
import cn.jiyuan.mediation.earlywarning.Recipient;
import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * The reminders of a semi-annual summary, 7 and 2 days before it is due, also by e-mail to the office or committee
 * that owes it — sent once each through the warnings' exactly-once mechanism ({@link MailDispatcher}: sent_mail
 * identity {@code semiannual-reminder:{summary}:{days}}, a deterministic Message-ID), however often the job runs.
 * The addressee is the unit's contact in the registry: a justice office's mailbox, or without one its head's (所长)
 * e-mail; an industry committee's director (主任), or without one its deputy directors. A summary handed in before the
 * job runs is not reminded. A unit without any address is a registry gap: the job fails in Chinese and, its retries
 * used up, shows as an incident in Cockpit, to be retried once the registry has the address.
 */
@Service
public class SummaryReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(SummaryReminderMailer.class);

    private final SemiannualRepository repository;
    private final OrganizationRepository registry;
    private final MailDispatcher dispatcher;
    private final MailTemplates templates;
    private final String publicUrl;

    public SummaryReminderMailer(SemiannualRepository repository, OrganizationRepository registry,
                                 MailDispatcher dispatcher, MailTemplates templates,
                                 @Value("${mediation.public-url:http://localhost:8080}") String publicUrl) {
        this.repository = repository;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.templates = templates;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The identity of one reminder's e-mail (sent_mail.mail_identity and event_id). */
    public static String identity(long summaryId, int daysBefore) {
        return "semiannual-reminder:" + summaryId + ":" + daysBefore;
    }

    /**
     * @param daysBefore 7 or 2: which of the reminders (the days it is sent before the due date)
     * @return true when the e-mail went out now; false when it had gone out before or the summary is in already
     */
    public boolean send(long summaryId, int daysBefore, String processInstanceId) {
        SemiannualRepository.Summary summary = repository.findSummary(summaryId).orElseThrow();
        if (summary.submitted()) {
            log.info("Semi-annual summary {} was submitted before its {}-day reminder went out: not reminded",
                    summaryId, daysBefore);
            return false;
        }
        SemiannualRepository.Round round = repository.findRound(summary.roundId()).orElseThrow();
        List<Recipient> to = recipients(summary);
        if (to.isEmpty()) {
            throw new IllegalStateException(summary.unitName() + "在组织名册中没有电子邮箱（司法所邮箱、所长或调委会主任的邮箱），"
                    + "半年工作总结提醒邮件无法发送；请在组织名册中补录后重试");
        }
        String due = CaseTime.shownDay(ScreeningClock.toDate(round.dueAt()));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("salutation", summary.unitName());
        v.put("roundTitle", round.title());
        v.put("dueText", due);
        v.put("daysBefore", daysBefore);
        v.put("attachments", repository.findAttachments(summaryId).size());
        v.put("tasklistLink", publicUrl + "/camunda/app/tasklist/default/");
        String subject = "【半年工作总结提醒】" + summary.unitName() + " " + round.title() + "工作总结距报送截止还有" + daysBefore + "天";
        String body = templates.render("mail/semiannual-reminder", v);
        return dispatcher.sendOnce(new MailDispatcher.DocumentMail(identity(summaryId, daysBefore),
                MailKind.SUMMARY_REMINDER, summary.unitName() + " " + round.title() + "（截止前" + daysBefore + "天）", to,
                List.of(), subject, body, null, null, processInstanceId));
    }

    /** The unit's contact: see the class comment. Each address once. */
    List<Recipient> recipients(SemiannualRepository.Summary summary) {
        List<Recipient> found = new ArrayList<>();
        if (summary.unitKind() == UnitKind.JUSTICE_OFFICE) {
            registry.findOffice(summary.unitCode()).filter(o -> hasAddress(o.email()))
                    .ifPresent(o -> found.add(new Recipient(o.email().trim(), o.name())));
            if (found.isEmpty()) {
                found.addAll(people(registry.findPersonsOfOffice(summary.unitCode()), p -> p.officeRole() == OfficeRole.HEAD));
            }
        } else {
            List<Person> members = registry.findPersonsOfCommittee(summary.unitCode());
            found.addAll(people(members, p -> p.committeeRole() == CommitteeRole.DIRECTOR));
            if (found.isEmpty()) {
                found.addAll(people(members, p -> p.committeeRole() == CommitteeRole.DEPUTY_DIRECTOR));
            }
        }
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        found.forEach(r -> byAddress.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
        return new ArrayList<>(byAddress.values());
    }

    private static List<Recipient> people(List<Person> persons, Predicate<Person> which) {
        return persons.stream().filter(which).filter(p -> hasAddress(p.email()))
                .map(p -> new Recipient(p.email().trim(), p.name())).toList();
    }

    private static boolean hasAddress(String email) {
        return email != null && !email.isBlank();
    }
}
