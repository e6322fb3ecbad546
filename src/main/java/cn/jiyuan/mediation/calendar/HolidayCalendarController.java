package cn.jiyuan.mediation.calendar;

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
 * The holiday calendar API (docs/domain.md section 8, "Calendar and rules"), in the style of the sensitive-period
 * API ({@link SensitivePeriodController}):
 * <ul>
 * <li>{@code GET /api/calendar/holidays?year=YYYY}: the year's statutory holidays and make-up working days
 * ({@link HolidayCalendarYear}), or the warning that it has none yet; every authenticated user;</li>
 * <li>{@code PUT /api/calendar/holidays/{year}} with {@code {notice, holidays[{name, start, end}],
 * makeUpWorkdays[{date, holiday}], note}}: enters a year from its notice, or corrects a shipped one (the whole
 * year is replaced);</li>
 * <li>{@code DELETE /api/calendar/holidays/{year}}: removes an entered year (a shipped year applies again).</li>
 * </ul>
 * Changes are for administrators ({@code camunda-admin}) and the grassroots section ({@code grassroots-section}),
 * like the sensitive periods: both are city-wide rules the bureau keeps.
 */
@RestController
@RequestMapping("/api/calendar/holidays")
public class HolidayCalendarController {

    private final HolidayCalendar calendar;
    private final ApiJson json;

    public HolidayCalendarController(HolidayCalendar calendar, ApiJson json) {
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping
    public HolidayCalendarYear year(@RequestParam("year") String year) {
        return calendar.yearOf(HolidayArrangementRequest.year(year));
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public HolidayCalendarYear store(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                     @PathVariable("year") String year, @RequestBody(required = false) byte[] body,
                                     HttpServletRequest request) {
        requireEditor(user); // before the body is even parsed: others get 403 whatever they send
        ApiJson.requireUtf8(MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        JsonNode tree = json.readTree(body);
        FieldErrors errors = new FieldErrors();
        // no body at all is a body without fields: the required ones are named
        HolidayArrangementRequest arrangement = Requests.bind(tree == null || tree.isNull()
                ? JsonNodeFactory.instance.objectNode() : tree, HolidayArrangementRequest.class, errors);
        HolidayArrangement valid = HolidayArrangementRequest.validate(year, arrangement, errors);
        return calendar.store(valid, arrangement == null ? null : arrangement.note(), user.userId());
    }

    @DeleteMapping("/{year}")
    public ResponseEntity<Void> remove(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                       @PathVariable("year") String year) {
        requireEditor(user);
        int y = HolidayArrangementRequest.year(year);
        if (!calendar.remove(y)) {
            throw new NotFoundException(y + "年没有系统管理员录入的节假日安排");
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireEditor(AuthenticatedUser user) {
        if (!user.isAdministrator() && !user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            throw new ForbiddenException("只有系统管理员和市局基层科可以修改节假日安排");
        }
    }
}
