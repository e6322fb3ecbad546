package cn.jiyuan.mediation.situationreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.earlywarning.MailDispatcher;
import cn.jiyuan.mediation.earlywarning.MailIdentity;
import cn.jiyuan.mediation.earlywarning.MailKind;
import cn.jiyuan.mediation.earlywarning.MailTemplates;
import cn.jiyuan.mediation.earlywarning.Recipient;
import cn.jiyuan.mediation.earlywarning.WarningRecipients;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.situationreport.SituationReportRepository.NewReport;
import cn.jiyuan.mediation.situationreport.SituationReportRepository.Progress;
import cn.jiyuan.mediation.situationreport.SituationReportRepository.Report;

/**
 * Important situations reported at once (重要情况随时上报, the notice's 四(四)): a justice office or the grassroots
 * section files what happened, where, who, the risk and the measures taken; the report is stored here, e-mailed
 * to the levels its risk calls for — the early warnings' recipients ({@link WarningRecipients}: the town's party
 * committee, government and justice office; CRITICAL also the city and the police station) — once per recipient
 * ({@link MailDispatcher}), and its handling is tracked by the town's justice office until it is resolved.
 */
@Service
public class SituationReports {

    static final int MAX_TITLE = 100;
    static final int MAX_LOCATION = 200;
    static final int MAX_PEOPLE = 500;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_MEASURES = 2000;
    static final int MAX_NOTE = 2000;
    static final int MAX_COUNT = 1_000_000;
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,；;\\s]+");

    /** What the first step of the process keeps. */
    public record Filed(long reportId, String townCode, RiskLevel riskLevel, String justiceOfficeGroup,
                        List<String> recipients) {
    }

    private final SituationReportRepository reports;
    private final OrganizationRepository registry;
    private final WarningRecipients recipients;
    private final MailDispatcher mails;
    private final MailTemplates templates;
    private final String publicUrl;

    public SituationReports(SituationReportRepository reports, OrganizationRepository registry,
                            WarningRecipients recipients, MailDispatcher mails, MailTemplates templates,
                            @Value("${mediation.public-url:http://localhost:8080}") String publicUrl) {
        this.reports = reports;
        this.registry = registry;
        this.recipients = recipients;
        this.mails = mails;
        this.templates = templates;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Checks and stores the start form's report for the user who filed it.
     *
     * @param groups the filer's groups: a justice office reports about its own town only
     * @throws SituationReportRejected naming the first bad field (nothing is stored, the start is undone)
     */
    public Filed file(Map<String, Object> form, String filedBy, Collection<String> groups, String processInstanceId) {
        String title = text(form, SituationReportVariables.TITLE, "事项", MAX_TITLE, true);
        String townCode = text(form, SituationReportVariables.TOWN_CODE, "镇（街道）", 32, true);
        if (registry.findUnit(townCode).filter(u -> u.level() == UnitLevel.TOWN).isEmpty()) {
            throw new SituationReportRejected("请从列表中选择镇（街道）", SituationReportVariables.TOWN_CODE);
        }
        if (!SituationReporters.mayReportAbout(groups, townCode)) {
            throw new SituationReportRejected("司法所只能报送本辖区的重要情况，请选择本辖区的镇（街道）",
                    SituationReportVariables.TOWN_CODE);
        }
        String location = text(form, SituationReportVariables.LOCATION, "具体地点", MAX_LOCATION, true);
        String people = text(form, SituationReportVariables.PEOPLE, "涉及人员", MAX_PEOPLE, false);
        Integer count = count(form.get(SituationReportVariables.PEOPLE_COUNT));
        String level = text(form, SituationReportVariables.RISK_LEVEL, "风险等级", 16, true);
        RiskLevel risk;
        try {
            risk = RiskLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new SituationReportRejected("请从列表中选择风险等级", SituationReportVariables.RISK_LEVEL);
        }
        String description = text(form, SituationReportVariables.DESCRIPTION, "基本情况", MAX_DESCRIPTION, true);
        String measures = text(form, SituationReportVariables.MEASURES, "已采取的措施", MAX_MEASURES, true);
        long id = reports.insert(new NewReport(title, townCode, location, people, count, risk.name(), description,
                measures, filedBy), CaseTime.now(), processInstanceId);
        return new Filed(id, townCode, risk, "justice-office-" + townCode, recipients.encoded(townCode, risk));
    }

    /** Sends the report to one recipient, once whatever the retries (an asynchronous job per recipient). */
    public void sendMail(long reportId, String encodedRecipient, String processInstanceId) {
        Report r = reports.find(reportId).orElseThrow(() -> new IllegalStateException("no situation report " + reportId));
        Recipient to = Recipient.decode(encodedRecipient);
        RiskLevel level = RiskLevel.valueOf(r.riskLevel());
        List<String> names = names(r.people());
        String subject = "【重要情况报告】" + PersonalDataMasking.text(r.title(), names) + " " + level.label();
        Map<String, Object> v = new HashMap<>();
        v.put("salutation", to.name() == null ? "各位领导" : to.name());
        v.put("reporter", reporter(r.filedBy(), r.townCode()));
        v.put("filedAt", CaseTime.shown(r.filedAt()));
        v.put("title", PersonalDataMasking.text(r.title(), names));
        v.put("place", townName(r.townCode()) + PersonalDataMasking.text(r.location(), names));
        v.put("peopleCount", r.peopleCount() == null ? "不详" : r.peopleCount() + "人");
        v.put("people", names.isEmpty() ? null : String.join("、", names.stream().map(PersonalDataMasking::name).toList()));
        v.put("riskLevel", level.label());
        v.put("description", PersonalDataMasking.text(r.description(), names));
        v.put("measures", PersonalDataMasking.text(r.measures(), names));
        v.put("recommendation", recommendation(level));
        v.put("link", publicUrl + "/api/situation-reports/" + r.id());
        String body = templates.render("mail/situation-report", v);
        mails.sendOnce(new MailDispatcher.OutgoingMail(MailIdentity.ofSituationReport(reportId,
                SituationReportVariables.FILED_EVENT, to.email()), MailKind.SITUATION_REPORT, to, subject, body,
                processInstanceId));
    }

    /**
     * 跟踪处置: one progress note; {@code state} RESOLVED ends the tracking.
     *
     * @throws SituationReportRejected naming the field (the task stays open)
     */
    public boolean recordProgress(long reportId, String note, String state, String by) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null) {
            throw new SituationReportRejected("请填写处置进展", SituationReportVariables.PROGRESS);
        }
        if (text.length() > MAX_NOTE) {
            throw new SituationReportRejected("处置进展不能超过" + MAX_NOTE + "个字", SituationReportVariables.PROGRESS);
        }
        if (!SituationReportVariables.CONTINUE.equals(state) && !SituationReportVariables.RESOLVED.equals(state)) {
            throw new SituationReportRejected("请选择处置状态", SituationReportVariables.HANDLING_STATE);
        }
        boolean resolved = SituationReportVariables.RESOLVED.equals(state);
        reports.addProgress(reportId, text, resolved, by, CaseTime.now());
        return resolved;
    }

    /** 办结: closed by whoever recorded it resolved. */
    public void close(long reportId) {
        List<Progress> progress = reports.progress(reportId);
        String by = progress.isEmpty() ? "system" : progress.get(progress.size() - 1).recordedBy();
        reports.close(reportId, by, CaseTime.now());
    }

    /** What the handling form shows: the report in full (its readers handle or supervise it) and the notes so far. */
    public String summary(long reportId) {
        Report r = reports.find(reportId).orElseThrow();
        StringBuilder s = new StringBuilder();
        s.append("事项：").append(r.title()).append('\n');
        s.append("地点：").append(townName(r.townCode())).append(r.location()).append('\n');
        s.append("风险等级：").append(RiskLevel.valueOf(r.riskLevel()).label()).append('\n');
        if (r.people() != null) {
            s.append("涉及人员：").append(r.people()).append('\n');
        }
        if (r.peopleCount() != null) {
            s.append("涉及人数：").append(r.peopleCount()).append('人').append('\n');
        }
        s.append("基本情况：").append(r.description()).append('\n');
        s.append("已采取的措施：").append(r.measures()).append('\n');
        for (Progress p : reports.progress(reportId)) {
            s.append(CaseTime.shown(p.recordedAt())).append(" 处置进展：").append(p.note()).append('\n');
        }
        return s.toString().strip();
    }

    /** The names written in 涉及人员 (separated by 、 or commas; at most 4 characters each: more is no name). */
    static List<String> names(String people) {
        List<String> names = new ArrayList<>();
        if (people == null) {
            return names;
        }
        for (String token : NAME_SEPARATORS.split(people)) {
            String name = token.replaceAll("[（(].*$", "").replaceAll("[0-9+\\-*]", "").strip();
            if (name.length() >= 2 && name.length() <= 4 && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static String recommendation(RiskLevel level) {
        return switch (level) {
            case CRITICAL -> "建议立即启动应急预案，镇（街道）党（工）委、政府主要负责同志牵头，公安派出所、司法所、调委会联合处置，"
                    + "处置情况及时报告市委政法委和市司法局。";
            case HIGH -> "建议镇（街道）党（工）委、政府督促司法所和调委会24小时内介入，落实专人稳控，防止事态扩大。";
            default -> "建议密切关注事态发展，司法所指导调委会及时就地化解，发现升级苗头立即报告。";
        };
    }

    private String reporter(String userId, String townCode) {
        return registry.findOfficeOfTown(townCode).map(JusticeOffice::name)
                .map(office -> office + "（" + userId + "）").orElse(userId);
    }

    private String townName(String townCode) {
        return registry.findUnit(townCode).map(OrgUnit::name).orElse(townCode);
    }

    private static String text(Map<String, Object> form, String key, String label, int max, boolean required) {
        Object value = form.get(key);
        if (value != null && !(value instanceof String)) {
            throw new SituationReportRejected(label + "应为文字", key);
        }
        String text = value == null || ((String) value).isBlank() ? null : ((String) value).strip();
        if (text == null && required) {
            throw new SituationReportRejected("请填写" + label, key);
        }
        if (text != null && text.length() > max) {
            throw new SituationReportRejected(label + "不能超过" + max + "个字", key);
        }
        return text;
    }

    private static Integer count(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else {
            try {
                number = Double.parseDouble(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new SituationReportRejected("涉及人数应为整数", SituationReportVariables.PEOPLE_COUNT);
            }
        }
        if (number != Math.rint(number) || number < 0 || number > MAX_COUNT) {
            throw new SituationReportRejected("涉及人数应为0至" + MAX_COUNT + "之间的整数", SituationReportVariables.PEOPLE_COUNT);
        }
        return (int) number;
    }
}
