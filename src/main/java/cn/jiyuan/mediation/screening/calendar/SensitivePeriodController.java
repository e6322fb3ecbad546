package cn.jiyuan.mediation.screening.calendar;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;

/**
 * The sensitive-period calendar API (DOMAIN.md section 8):
 * <ul>
 * <li>{@code GET /api/calendar/sensitive-periods?year=YYYY}: the periods of a year, sorted by start, as
 * {@code {code, name, festivalDate, start, end}}; every authenticated user;</li>
 * <li>{@code PUT /api/calendar/sensitive-periods/{year}/{code}} with {@code {name, festivalDate, start,
 * end, note}}: overrides a computed period of that year, or adds one under a code of its own;</li>
 * <li>{@code DELETE /api/calendar/sensitive-periods/{year}/{code}}: removes such a change (a standard
 * period falls back to the computed one).</li>
 * </ul>
 * Changes are for administrators ({@code camunda-admin}) and the grassroots section
 * ({@code grassroots-section}) only.
 */
@RestController
@RequestMapping("/api/calendar/sensitive-periods")
public class SensitivePeriodController {

    private final SensitivePeriodCalendar calendar;
    private final ObjectMapper json;

    public SensitivePeriodController(SensitivePeriodCalendar calendar, ObjectMapper json) {
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping
    public List<SensitivePeriod> periods(@RequestParam("year") String year) {
        List<FieldError> errors = new ArrayList<>();
        Integer y = SensitivePeriodRequest.year(year, errors);
        if (y == null) {
            throw new InvalidRequestException(errors);
        }
        return calendar.periodsOf(y);
    }

    @PutMapping("/{year}/{code}")
    public SensitivePeriod override(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                    @PathVariable("year") String year, @PathVariable("code") String code,
                                    @RequestBody(required = false) String body) {
        requireEditor(user); // before the body is even read: others get 403 whatever they send
        SensitivePeriodRequest.Valid valid = SensitivePeriodRequest.validate(year, code, read(body));
        return calendar.override(valid.year(), valid.code(), valid.name(), valid.festivalDate(), valid.start(),
                valid.end(), valid.note(), user.userId());
    }

    @DeleteMapping("/{year}/{code}")
    public ResponseEntity<Void> remove(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                       @PathVariable("year") String year, @PathVariable("code") String code) {
        requireEditor(user);
        List<FieldError> errors = new ArrayList<>();
        Integer y = SensitivePeriodRequest.year(year, errors);
        SensitivePeriodRequest.code(code, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!calendar.removeOverride(y, code)) {
            throw new NotFoundException("no administrator's period " + code + " in " + y);
        }
        return ResponseEntity.noContent().build();
    }

    private SensitivePeriodRequest read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, SensitivePeriodRequest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(new FieldError("(body)",
                    "not readable as JSON of the expected shape {name, festivalDate, start, end, note}")));
        }
    }

    private static void requireEditor(AuthenticatedUser user) {
        if (!user.isAdministrator() && !user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            throw new ForbiddenException("only administrators (camunda-admin) and the grassroots section "
                    + "(grassroots-section) may change sensitive periods");
        }
    }
}
