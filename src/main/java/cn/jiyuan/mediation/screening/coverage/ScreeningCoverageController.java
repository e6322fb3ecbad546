package cn.jiyuan.mediation.screening.coverage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Screening coverage for supervisors (administrators and the grassroots section: every town;
 * justice-office staff: their own towns; others 403):
 * <ul>
 * <li>{@code GET /api/screening/rounds?from=YYYY-MM-DD&to=YYYY-MM-DD}: the rounds of those days (default:
 * the last 30 days) with their figures, total and per town;</li>
 * <li>{@code GET /api/screening/coverage?roundId=...}: one round's figures, per town, and its silent units.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/screening")
public class ScreeningCoverageController {

    static final int MAX_DAYS = 366;

    private final ScreeningCoverage coverage;
    private final ScreeningClock clock;

    public ScreeningCoverageController(ScreeningCoverage coverage, ScreeningClock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @GetMapping("/coverage")
    public RoundCoverage coverage(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                  @RequestParam("roundId") long roundId) {
        ScreeningViewer viewer = ScreeningViewer.of(user);
        return coverage.of(roundId, viewer).orElseThrow(() -> new NotFoundException("没有编号为 " + roundId + " 的排查轮次"));
    }

    @GetMapping("/rounds")
    public List<RoundCoverage> rounds(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                      @RequestParam(name = "from", required = false) String from,
                                      @RequestParam(name = "to", required = false) String to) {
        ScreeningViewer viewer = ScreeningViewer.of(user);
        List<FieldError> errors = new ArrayList<>();
        LocalDate toDay = date("to", to, clock.today(), errors);
        LocalDate fromDay = date("from", from, toDay == null ? null : toDay.minusDays(30), errors);
        if (fromDay != null && toDay != null) {
            if (fromDay.isAfter(toDay)) {
                errors.add(new FieldError("from", "不能晚于结束日期（" + toDay + "）"));
            } else if (ChronoUnit.DAYS.between(fromDay, toDay) >= MAX_DAYS) {
                errors.add(new FieldError("to", "与开始日期相隔不能超过" + MAX_DAYS + "天"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return coverage.between(fromDay, toDay, viewer);
    }

    private static LocalDate date(String field, String text, LocalDate fallback, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "应为“年-月-日”格式的日期，如 2026-02-17"));
            return null;
        }
    }
}
