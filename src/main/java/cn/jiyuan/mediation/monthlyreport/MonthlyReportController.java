package cn.jiyuan.mediation.monthlyreport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;

/**
 * The monthly reports for supervisors (the grassroots section, the city centre and administrators every town;
 * justice-office staff their own town; others 403):
 * <ul>
 * <li>{@code GET /api/monthly-reports?period=yyyy-MM} (default: the latest month opened): the month and where each
 * office's report stands, late offices marked; once the city's roll-up has been produced, when it was
 * ({@code rollupProducedAt}) and the towns it named as late ({@code lateAtRollup}), as they were then;</li>
 * <li>{@code GET /api/monthly-reports/{reportId}/pdf}: the report as issued (also with the Tasklist login, for the
 * link on the sign-off form).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/monthly-reports")
public class MonthlyReportController {

    /** A month and its reports as the reader may see them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Month(String period, String periodLabel, LocalDate from, LocalDate to, OffsetDateTime dueAt,
                       OffsetDateTime supervisionAt, OffsetDateTime rolledUpAt, long expected, long reported,
                       List<TownReport> reports, OffsetDateTime rollupProducedAt, List<String> lateAtRollup) {
    }

    /** One office's report of the month. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TownReport(long reportId, String townCode, String townName, String officeName, String status,
                             String statusLabel, LocalDate meetingDate, String signedOffBy, OffsetDateTime signedOffAt,
                             OffsetDateTime reportedAt, boolean late, OffsetDateTime remindedAt,
                             OffsetDateTime supervisedAt, String pdf) {
    }

    private final MonthlyReportRepository repository;
    private final cn.jiyuan.mediation.screening.ScreeningClock clock;

    public MonthlyReportController(MonthlyReportRepository repository, cn.jiyuan.mediation.screening.ScreeningClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @GetMapping
    public Month month(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                       @RequestParam(name = "period", required = false) String period) {
        MonthlyReportViewer viewer = MonthlyReportViewer.of(user);
        MonthlyRound round;
        if (period == null || period.isBlank()) {
            round = repository.rounds(1).stream().findFirst().orElseThrow(() -> new NotFoundException("尚未开启任何月份的月度工作"));
        } else {
            YearMonth month;
            try {
                month = YearMonth.parse(period.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(List.of(new FieldError("period", "月份格式应为 年-月，例如 2026-05")));
            }
            round = repository.findRound(month).orElseThrow(() -> new NotFoundException(
                    MonthlyPeriod.label(month) + "的月度工作尚未开启"));
        }
        OffsetDateTime now = clock.now();
        List<TownReport> reports = repository.reportsOf(round.id()).stream().filter(r -> viewer.sees(r.townCode()))
                .map(r -> new TownReport(r.id(), r.townCode(), r.townName(), r.officeName(), r.status().name(),
                        r.status().label(), r.meetingDate(), r.signedOffBy(), r.signedOffAt(), r.reportedAt(),
                        r.reportedAt() == null ? now.isAfter(round.dueAt()) : r.reportedAt().isAfter(round.dueAt()),
                        r.remindedAt(), r.supervisedAt(),
                        r.pdfGeneratedAt() == null ? null : "/api/monthly-reports/" + r.id() + "/pdf"))
                .toList();
        // the roll-up as produced: the towns late then, of those the reader sees (names, as the roll-up shows them)
        Optional<MonthlyRollup> rollup = repository.findRollup(round.id());
        List<String> lateAtRollup = rollup.map(r -> r.lateTownCodes().stream().filter(viewer::sees)
                .map(code -> reports.stream().filter(t -> t.townCode().equals(code)).map(TownReport::townName)
                        .findFirst().orElse(code)).toList()).orElse(null);
        return new Month(round.month().toString(), round.label(), round.from(), round.to(), round.dueAt(),
                round.supervisionAt(), round.rolledUpAt(), reports.size(),
                reports.stream().filter(r -> r.reportedAt() != null).count(), reports,
                rollup.map(MonthlyRollup::producedAt).orElse(null), lateAtRollup);
    }

    @GetMapping("/{reportId}/pdf")
    public ResponseEntity<byte[]> pdf(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                      @PathVariable long reportId) {
        MonthlyReportViewer viewer = MonthlyReportViewer.of(user);
        MonthlyReport report = repository.find(reportId).orElseThrow(() -> new NotFoundException("没有编号为 " + reportId + " 的月报"));
        if (!viewer.sees(report.townCode())) {
            throw new ForbiddenException("只有" + report.townName() + "司法所、市局基层科和系统管理员可以查看该月报");
        }
        MonthlyRound round = repository.findRound(report.roundId()).orElseThrow();
        byte[] pdf = repository.pdf(reportId).orElseThrow(() -> new NotFoundException(report.townName() + round.label()
                + "的月报尚未生成"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(report.townName() + round.label() + "矛盾纠纷排查化解情况月报.pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }
}
