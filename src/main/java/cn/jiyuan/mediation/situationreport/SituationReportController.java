package cn.jiyuan.mediation.situationreport;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.earlywarning.SentMailRepository;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.situationreport.SituationReportRepository.Progress;
import cn.jiyuan.mediation.situationreport.SituationReportRepository.Report;

/**
 * {@code GET /api/situation-reports} and {@code GET /api/situation-reports/{id}}: the important situations reported,
 * with their handling and the e-mails sent, for those who report them — a justice office its towns, the grassroots
 * section and administrators the city; anyone else 403 (a report of another town: 404).
 */
@RestController
public class SituationReportController {

    /** A report with its handling. */
    public record View(long id, String title, String townCode, String townName, String location, String people,
                       Integer peopleCount, String riskLevel, String riskLevelName, String description, String measures,
                       String filedBy, OffsetDateTime filedAt, String status, String statusName,
                       OffsetDateTime closedAt, String processInstanceId, List<Progress> progress,
                       List<SentMailRepository.SentMail> mails) {
    }

    private final SituationReportRepository reports;
    private final SentMailRepository mails;
    private final OrganizationRepository registry;

    public SituationReportController(SituationReportRepository reports, SentMailRepository mails,
                                     OrganizationRepository registry) {
        this.reports = reports;
        this.mails = mails;
        this.registry = registry;
    }

    @GetMapping("/api/situation-reports")
    public List<View> list(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return reports.ofTowns(towns(user)).stream().map(this::view).toList();
    }

    @GetMapping("/api/situation-reports/{id}")
    public View one(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user, @PathVariable String id) {
        List<String> towns = towns(user);
        return (id.matches("[0-9]{1,18}") ? reports.find(Long.parseLong(id)) : java.util.Optional.<Report>empty())
                .filter(r -> towns == null || towns.contains(r.townCode())).map(this::view)
                .orElseThrow(() -> new NotFoundException("没有该重要情况报告，或无权查看"));
    }

    /** The towns the user reads (null: every town). */
    private List<String> towns(AuthenticatedUser user) {
        if (!SituationReporters.isReporter(user.groupIds())) {
            throw new ForbiddenException("只有司法所工作人员、市局基层科和系统管理员可以查看重要情况报告");
        }
        if (SituationReporters.citywide(user.groupIds())) {
            return null;
        }
        return registry.findOffices().stream().filter(o -> user.isMemberOf(o.groupId())).map(JusticeOffice::townCode)
                .toList();
    }

    private View view(Report r) {
        return new View(r.id(), r.title(), r.townCode(), registry.findUnit(r.townCode()).map(OrgUnit::name)
                .orElse(r.townCode()), r.location(), r.people(), r.peopleCount(), r.riskLevel(),
                RiskLevel.valueOf(r.riskLevel()).label(), r.description(), r.measures(), r.filedBy(), local(r.filedAt()),
                r.status(), "CLOSED".equals(r.status()) ? "已办结" : "跟踪处置中", local(r.closedAt()),
                r.processInstanceId(), reports.progress(r.id()), mails.findBySituationReport(r.id()));
    }

    private static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime();
    }
}
