package cn.jiyuan.mediation.screening.campaign;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.screening.coverage.RoundCoverage;
import cn.jiyuan.mediation.screening.coverage.ScreeningCoverage;
import cn.jiyuan.mediation.screening.coverage.ScreeningViewer;
import cn.jiyuan.mediation.screening.coverage.SilentUnit;
import cn.jiyuan.mediation.screening.coverage.TownCoverage;
import cn.jiyuan.mediation.screening.report.FindingOutcome;
import cn.jiyuan.mediation.screening.report.ScreeningFinding;
import cn.jiyuan.mediation.screening.report.ScreeningFindingRepository;
import cn.jiyuan.mediation.screening.report.ScreeningReport;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;

/** The campaign's results rolled up as text for the starter's summary task (专项排查汇总). */
@Service
public class CampaignRollup {

    static final int MAX_LISTED = 100;

    private final ScreeningCoverage coverage;
    private final ScreeningReportRepository reports;
    private final ScreeningFindingRepository findings;

    public CampaignRollup(ScreeningCoverage coverage, ScreeningReportRepository reports,
                          ScreeningFindingRepository findings) {
        this.coverage = coverage;
        this.reports = reports;
        this.findings = findings;
    }

    public String text(long roundId) {
        RoundCoverage c = coverage.of(roundId, ScreeningViewer.EVERYTHING)
                .orElseThrow(() -> new IllegalStateException("no screening round " + roundId));
        List<ScreeningReport> all = reports.findByRound(roundId);
        Map<Long, ScreeningReport> reportById = all.stream()
                .collect(Collectors.toMap(ScreeningReport::id, Function.identity()));
        List<ScreeningFinding> found = findings.findByRound(roundId);
        long resolved = found.stream().filter(f -> f.outcome() == FindingOutcome.RESOLVED).count();
        StringBuilder t = new StringBuilder();
        t.append("应报单位").append(c.expected()).append("个，已报").append(c.reported()).append("个（其中零报告")
                .append(c.zeroReports()).append("个），未报").append(c.expected() - c.reported()).append("个，覆盖率")
                .append(c.coveragePercent()).append("%。发现矛盾纠纷").append(found.size()).append("件（当场化解")
                .append(resolved).append("件，登记为案件").append(found.size() - resolved).append("件）。\n");
        t.append("\n各镇（街道）：\n");
        for (TownCoverage town : c.towns()) {
            t.append(town.townName()).append("：应报").append(town.expected()).append("，已报").append(town.reported())
                    .append("，零报告").append(town.zeroReports()).append("，未报").append(town.expected() - town.reported())
                    .append("，覆盖率").append(town.coveragePercent()).append("%\n");
        }
        if (!c.silentUnits().isEmpty()) {
            t.append("\n未报单位：");
            t.append(c.silentUnits().stream().limit(MAX_LISTED).map(CampaignRollup::silent)
                    .collect(Collectors.joining("、")));
            if (c.silentUnits().size() > MAX_LISTED) {
                t.append("等").append(c.silentUnits().size()).append("个");
            }
            t.append("\n");
        }
        if (!found.isEmpty()) {
            t.append("\n发现的矛盾纠纷：\n");
            int n = 0;
            for (ScreeningFinding f : found.stream().limit(MAX_LISTED).toList()) {
                ScreeningReport r = reportById.get(f.reportId());
                t.append(++n).append(". ").append(r == null ? "" : r.unitName()).append("（")
                        .append(f.dispute().category().label()).append("，").append(outcome(f)).append("）：")
                        .append(f.dispute().description()).append("\n");
            }
        }
        List<ScreeningReport> withRisks = all.stream().filter(r -> r.risks() != null).toList();
        if (!withRisks.isEmpty()) {
            t.append("\n风险隐患：\n");
            withRisks.stream().limit(MAX_LISTED)
                    .forEach(r -> t.append(r.unitName()).append("：").append(r.risks()).append("\n"));
        }
        return t.toString().strip();
    }

    private static String outcome(ScreeningFinding f) {
        return switch (f.outcome()) {
            case RESOLVED -> "当场化解";
            case TO_REGISTER -> "待登记为案件";
            case CASE_REGISTERED -> "已登记为案件" + f.caseNumber();
        };
    }

    private static String silent(SilentUnit u) {
        String state = u.supervisedAt() != null ? "（已督促）" : u.remindedAt() != null ? "（已提醒）" : "";
        return u.unitName() + state;
    }
}
