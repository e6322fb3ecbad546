package cn.jiyuan.mediation.calendar;

import java.util.List;

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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.ApiJson;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

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

    private final SensitivePeriodCalendar calendar;
    private final ApiJson json;

    public SensitivePeriodController(SensitivePeriodCalendar calendar, ApiJson json) {
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping
    public List<SensitivePeriod> periods(@RequestParam("year") String year) {
        return calendar.periodsOf(SensitivePeriodRequest.year(year));
    }

    @PutMapping(path = "/{year}/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SensitivePeriod override(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                    @PathVariable("year") String year, @PathVariable("code") String code,
                                    @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        requireEditor(user); // before the body is even parsed: others get 403 whatever they send
        ApiJson.requireUtf8(MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        JsonNode tree = json.readTree(body);
        FieldErrors errors = new FieldErrors();
        // no body at all is a body without fields: the required ones are named
        SensitivePeriodRequest period = Requests.bind(tree == null || tree.isNull()
                ? JsonNodeFactory.instance.objectNode() : tree, SensitivePeriodRequest.class, errors);
        SensitivePeriodRequest.Valid valid = SensitivePeriodRequest.validate(year, code, period, errors);
        return calendar.override(valid.year(), valid.code(), valid.name(), valid.festivalDate(), valid.start(),
                valid.end(), valid.note(), user.userId());
    }

    @DeleteMapping("/{year}/{code}")
    public ResponseEntity<Void> remove(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                       @PathVariable("year") String year, @PathVariable("code") String code) {
        requireEditor(user);
        int y = SensitivePeriodRequest.yearAndCode(year, code);
        if (!calendar.removeOverride(y, code)) {
            throw new NotFoundException(y + "年没有代码为 " + code + " 的自定义敏感时期");
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireEditor(AuthenticatedUser user) {
        if (!user.isAdministrator() && !user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            throw new ForbiddenException("只有系统管理员和市局基层科可以修改敏感时期");
        }
    }
}
