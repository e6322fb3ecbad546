package cn.jiyuan.mediation.screening.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * {@code POST /api/admin/screening/catch-up} with {@code {"date": "YYYY-MM-DD"}}: an administrator issues the
 * routine screening of a day the schedule missed (the platform was down at 08:00). Rounds already opened that day
 * are not opened again. Only administrators; the day must be today or within the last year. The engine message
 * behind it is correlated by the platform only: nobody sends engine messages by hand.
 */
@RestController
public class ScreeningCatchUpController {

    static final String MESSAGE = ScreeningScheduleVariables.CATCH_UP_MESSAGE;

    private final RuntimeService runtime;
    private final ScreeningClock clock;
    private final SystemAuthority system;

    public ScreeningCatchUpController(RuntimeService runtime, ScreeningClock clock, SystemAuthority system) {
        this.runtime = runtime;
        this.clock = clock;
        this.system = system;
    }

    public record CatchUp(String date, String processInstanceId) {
    }

    @PostMapping(path = "/api/admin/screening/catch-up", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public CatchUp catchUp(@RequestBody Map<String, Object> body,
                           @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("只有系统管理员可以补发例行排查任务");
        }
        LocalDate day = day(body == null ? null : body.get("date"));
        String id = system.call(() -> runtime.createMessageCorrelation(MESSAGE)
                .setVariable(ScreeningScheduleVariables.SCREENING_DATE, day.toString()).correlateStartMessage().getId());
        return new CatchUp(day.toString(), id);
    }

    private LocalDate day(Object value) {
        if (!(value instanceof String text)) {
            throw invalid("必填，格式为 年-月-日（如 2027-03-22）");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("不是有效日期，格式为 年-月-日（如 2027-03-22）");
        }
        LocalDate today = clock.today();
        if (day.isAfter(today)) {
            throw invalid("不能补发今后的排查任务");
        }
        if (day.isBefore(today.minusYears(1))) {
            throw invalid("只能补发一年以内的排查任务");
        }
        return day;
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new FieldError("date", message)));
    }
}
