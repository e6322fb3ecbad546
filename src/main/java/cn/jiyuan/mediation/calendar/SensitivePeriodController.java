package cn.jiyuan.mediation.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

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

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.ApiJson;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.UserText;

/**
 * The sensitive-period calendar API (docs/domain.md section 8):
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

    /** The fields of the body, in the order of {@link SensitivePeriodRequest}. */
    private static final List<String> FIELD_ORDER = List.of("name", "festivalDate", "start", "end", "note");
    private static final Set<String> FIELDS = Set.copyOf(FIELD_ORDER);

    private final SensitivePeriodCalendar calendar;
    private final ApiJson json;

    public SensitivePeriodController(SensitivePeriodCalendar calendar, ApiJson json) {
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

    @PutMapping(path = "/{year}/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SensitivePeriod override(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                    @PathVariable("year") String year, @PathVariable("code") String code,
                                    @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        requireEditor(user); // before the body is even parsed: others get 403 whatever they send
        ApiJson.requireUtf8(MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        SensitivePeriodRequest.Valid valid = SensitivePeriodRequest.validate(year, code, read(json.readTree(body)));
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
            throw new NotFoundException(y + "年没有代码为 " + code + " 的自定义敏感时期");
        }
        return ResponseEntity.noContent().build();
    }

    /** The body's fields, each a string or null; any other field or type is named. */
    private static SensitivePeriodRequest read(JsonNode body) {
        if (body == null || body.isNull()) {
            return null;
        }
        if (!body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("(body)", "请求体必须是 JSON 对象")));
        }
        List<FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(UserText.quote(name).isEmpty() ? new FieldError("(body)", "含有未知字段")
                        : new FieldError(name, "未知字段"));
            }
        });
        String[] values = new String[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            JsonNode value = body.get(FIELD_ORDER.get(i));
            if (value != null && !value.isNull() && !value.isTextual()) {
                errors.add(new FieldError(FIELD_ORDER.get(i), "应为文字"));
            } else if (value != null && !value.isNull()) {
                values[i] = value.textValue();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new SensitivePeriodRequest(values[0], values[1], values[2], values[3], values[4]);
    }

    private static void requireEditor(AuthenticatedUser user) {
        if (!user.isAdministrator() && !user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            throw new ForbiddenException("只有系统管理员和市局基层科可以修改敏感时期");
        }
    }
}
