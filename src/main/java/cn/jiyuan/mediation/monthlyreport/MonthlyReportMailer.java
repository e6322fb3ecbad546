package cn.jiyuan.mediation.monthlyreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.earlywarning.MailDispatcher;
import cn.jiyuan.mediation.earlywarning.MailKind;
import cn.jiyuan.mediation.earlywarning.MailTemplates;
import cn.jiyuan.mediation.earlywarning.Recipient;
import cn.jiyuan.mediation.organization.Contact;
import cn.jiyuan.mediation.organization.ContactOrganization;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * 报送月报: one e-mail with the signed-off report attached, to the town's party-committee and government contacts
 * of the registry, with the bureau's grassroots section (the city's justice-bureau contact) in copy; sent once per
 * report through the warnings' exactly-once mechanism ({@link MailDispatcher}: sent_mail, a deterministic
 * Message-ID), however often the job runs. Free texts are masked as in the warnings.
 */
@Service
public class MonthlyReportMailer {

    private static final Set<ContactOrganization> TOWN = Set.of(ContactOrganization.PARTY_COMMITTEE,
            ContactOrganization.GOVERNMENT);

    private final MonthlyReportRepository repository;
    private final OrganizationRepository registry;
    private final MailDispatcher dispatcher;
    private final MailTemplates templates;
    private final MonthlySigners signers;
    private final String publicUrl;

    public MonthlyReportMailer(MonthlyReportRepository repository, OrganizationRepository registry,
                               MailDispatcher dispatcher, MailTemplates templates, MonthlySigners signers,
                               @Value("${mediation.public-url:http://localhost:8080}") String publicUrl) {
        this.signers = signers;
        this.repository = repository;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.templates = templates;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The identity of a report's e-mail (sent_mail.mail_identity and event_id). */
    public static String identity(long reportId) {
        return "monthly-report:" + reportId;
    }

    /** @return true when the e-mail went out now, false when it had gone out before */
    public boolean send(long reportId, String processInstanceId) {
        MonthlyReport report = repository.find(reportId).orElseThrow();
        MonthlyRound round = repository.findRound(report.roundId()).orElseThrow();
        List<Recipient> to = townRecipients(report.townCode());
        if (to.isEmpty()) {
            throw new IllegalStateException(report.townName() + "在组织名册中没有党委、政府联系人的电子邮箱，月报无法报送");
        }
        List<Recipient> cc = bureau();
        byte[] pdf = repository.pdf(reportId).orElseThrow(() -> new IllegalStateException("report " + reportId + " has no PDF"));
        String subject = "【矛盾纠纷排查化解情况月报】" + report.townName() + " " + round.label();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("salutation", String.join("、", to.stream().map(r -> r.name() == null ? r.email() : r.name()).toList()));
        v.put("officeName", report.officeName());
        v.put("townName", report.townName());
        v.put("periodLabel", round.label());
        v.put("periodFrom", MonthlyReportTexts.day(round.from()));
        v.put("periodTo", MonthlyReportTexts.day(round.to()));
        v.put("meetingDate", MonthlyReportTexts.day(report.meetingDate()));
        v.put("decisions", report.decisions() == null ? null : PersonalDataMasking.text(report.decisions()));
        v.put("signedOffBy", signers.describe(report.signedOffBy()));
        v.put("signedOffAt", MonthlyReportTexts.time(report.signedOffAt()));
        v.put("copyTo", String.join("、", cc.stream().map(r -> r.name() == null ? r.email() : r.name()).toList()));
        v.put("reportLink", publicUrl + "/api/monthly-reports/" + reportId + "/pdf");
        String body = templates.render("mail/monthly-report", v);
        String fileName = report.townName() + round.label() + "矛盾纠纷排查化解情况月报.pdf";
        return dispatcher.sendOnce(new MailDispatcher.DocumentMail(identity(reportId), MailKind.MONTHLY_REPORT,
                report.townName() + " " + round.label(), to, cc, subject, body, fileName, pdf, processInstanceId));
    }

    /** The town's party-committee and government contacts with an e-mail address, each address once. */
    List<Recipient> townRecipients(String townCode) {
        return distinct(registry.findContactsOfUnit(townCode).stream().filter(c -> TOWN.contains(c.organization()))
                .toList());
    }

    /** The bureau's contacts (the grassroots section: the city's justice-bureau contact). */
    List<Recipient> bureau() {
        List<Contact> contacts = new ArrayList<>();
        for (OrgUnit city : registry.findUnits(UnitLevel.CITY, null)) {
            registry.findContactsOfUnit(city.code()).stream()
                    .filter(c -> c.organization() == ContactOrganization.JUSTICE_BUREAU).forEach(contacts::add);
        }
        return distinct(contacts);
    }

    private static List<Recipient> distinct(List<Contact> contacts) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Contact c : contacts) {
            if (c.email() != null && !c.email().isBlank()) {
                byAddress.putIfAbsent(c.email().trim().toLowerCase(Locale.ROOT), new Recipient(c.email().trim(), c.name()));
            }
        }
        return new ArrayList<>(byAddress.values());
    }
}
