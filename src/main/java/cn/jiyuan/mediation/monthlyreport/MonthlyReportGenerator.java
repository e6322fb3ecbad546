package cn.jiyuan.mediation.monthlyreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.documents.PdfDocuments;
import cn.jiyuan.mediation.monthlyreport.MonthlyFigures.TownFigures;
import cn.jiyuan.mediation.screening.ScreeningClock;
import cn.jiyuan.mediation.statistics.EarlyWarnings;
import cn.jiyuan.mediation.statistics.HighRiskCase;
import cn.jiyuan.mediation.statistics.Overview;
import cn.jiyuan.mediation.statistics.ScreeningFigures;

/**
 * 生成月报: the town's 矛盾纠纷排查化解情况月报 as a PDF (template templates/documents/monthly-report.html), stored
 * with the report as issued: the month's figures, the open high-risk and overdue cases, early warnings and their
 * handling, screening coverage, and the meeting with its decisions and follow-up items.
 */
@Service
public class MonthlyReportGenerator {

    static final String TEMPLATE = "documents/monthly-report";

    private final MonthlyReportRepository repository;
    private final MonthlyFigures figures;
    private final PdfDocuments documents;
    private final ScreeningClock clock;

    public MonthlyReportGenerator(MonthlyReportRepository repository, MonthlyFigures figures, PdfDocuments documents,
                                  ScreeningClock clock) {
        this.repository = repository;
        this.figures = figures;
        this.documents = documents;
        this.clock = clock;
    }

    public void generate(long reportId) {
        LocalDate today = clock.today();
        repository.storePdf(reportId, documents.render(TEMPLATE, values(reportId, today), today), clock.now());
    }

    /** The template's values (documented at the top of the template). */
    Map<String, Object> values(long reportId, LocalDate today) {
        MonthlyReport report = repository.find(reportId).orElseThrow();
        MonthlyRound round = repository.findRound(report.roundId()).orElseThrow();
        TownFigures f = figures.of(report.townCode(), round.from(), round.to());
        Overview p = f.period();
        Overview open = f.open();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("townName", report.townName());
        v.put("officeName", report.officeName());
        v.put("periodLabel", round.label());
        v.put("periodFrom", MonthlyReportTexts.day(round.from()));
        v.put("periodTo", MonthlyReportTexts.day(round.to()));
        v.put("issuedOn", today);
        v.put("registered", p.registered());
        v.put("concluded", p.concluded());
        v.put("agreements", p.agreements());
        v.put("successRate", MonthlyReportTexts.percent(p.successRate()));
        v.put("onTimeRate", MonthlyReportTexts.percent(p.onTimeRate()));
        v.put("averageDays", p.averageDaysToConclude() == null ? "—" : p.averageDaysToConclude() + "天");
        v.put("byCategory", TownFigures.nonZero(p.byCategory()));
        v.put("byChannel", TownFigures.nonZero(p.byChannel()));
        v.put("byOutcome", TownFigures.nonZero(p.byOutcome()));
        v.put("rebounds", p.rebounds().cases());
        EarlyWarnings w = p.earlyWarnings();
        v.put("warnings", w.total());
        v.put("warningsByLevel", TownFigures.nonZero(w.byRiskLevel()));
        v.put("warningsOpen", TownFigures.count(w.byStatus(), "OPEN"));
        v.put("warningsClosed", TownFigures.count(w.byStatus(), "CLOSED"));
        ScreeningFigures s = p.screening();
        v.put("screeningRounds", s.rounds());
        v.put("screeningExpected", s.expected());
        v.put("screeningReported", s.reported());
        v.put("screeningZero", s.zeroReports());
        v.put("screeningOverdue", s.overdue());
        v.put("screeningCoverage", MonthlyReportTexts.percent(s.coverageRate()));
        v.put("screeningDisputes", s.disputesFound());
        v.put("open", open.open());
        v.put("overdue", open.overdue());
        v.put("openHigh", TownFigures.count(open.openByRiskLevel(), "HIGH"));
        v.put("openCritical", TownFigures.count(open.openByRiskLevel(), "CRITICAL"));
        List<Map<String, Object>> highRisk = new ArrayList<>();
        for (HighRiskCase c : open.openHighRiskCases()) {
            highRisk.add(Map.of("caseNumber", c.caseNumber(), "risk", c.riskLevelLabel(),
                    "committee", c.committeeName() == null ? c.committeeCode() : c.committeeName(),
                    "deadline", MonthlyReportTexts.day(c.deadline()), "overdue", c.overdue() ? "已超期" : "在期限内"));
        }
        v.put("highRiskCases", highRisk);
        v.put("meetingDate", MonthlyReportTexts.day(report.meetingDate()));
        v.put("meetingPlace", report.meetingPlace() == null ? "" : report.meetingPlace());
        v.put("attendees", repository.attendees(reportId).stream().map(a -> a.name() + "（" + a.position() + "）").toList());
        v.put("decisions", report.decisions() == null ? "" : report.decisions());
        List<Map<String, Object>> items = new ArrayList<>();
        for (MonthlyReportRepository.FollowUp i : repository.followUps(reportId)) {
            items.add(Map.of("no", i.itemNo(), "item", i.item(), "owner", i.ownerName(),
                    "due", MonthlyReportTexts.day(i.dueDate())));
        }
        v.put("followUps", items);
        return v;
    }

    /** The report in a few lines, for the sign-off form: the figures the head checks before signing. */
    public String summary(long reportId) {
        Map<String, Object> v = values(reportId, clock.today());
        return "" + v.get("townName") + v.get("periodLabel") + "矛盾纠纷排查化解情况月报（统计期间 " + v.get("periodFrom") + "至"
                + v.get("periodTo") + "）\n"
                + "新受理 " + v.get("registered") + " 件，调解结案 " + v.get("concluded") + " 件，调解成功 "
                + v.get("agreements") + " 件，调解成功率 " + v.get("successRate") + "，按期结案率 " + v.get("onTimeRate") + "。\n"
                + "在办 " + v.get("open") + " 件，其中超期 " + v.get("overdue") + " 件；在办高风险 " + v.get("openHigh")
                + " 件、重大风险 " + v.get("openCritical") + " 件。\n"
                + "预警 " + v.get("warnings") + " 件（跟踪处置中 " + v.get("warningsOpen") + "，已办结 " + v.get("warningsClosed")
                + "）；排查应报 " + v.get("screeningExpected") + " 次、已报 " + v.get("screeningReported") + " 次，覆盖率 "
                + v.get("screeningCoverage") + "。\n"
                + "例会 " + v.get("meetingDate") + "，参会 " + ((List<?>) v.get("attendees")).size() + " 人，需落实事项 "
                + ((List<?>) v.get("followUps")).size() + " 项。";
    }
}
