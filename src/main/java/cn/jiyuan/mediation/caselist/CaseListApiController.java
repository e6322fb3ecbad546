package cn.jiyuan.mediation.caselist;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * {@code GET /api/cases?q=&registeredByMe=&page=&size=}: the cases the user may see, newest first, with stage,
 * committee, registration date, deadline and days left; the same list as the page {@code /cases}.
 */
@RestController
public class CaseListApiController {

    private final CaseList list;

    public CaseListApiController(CaseList list) {
        this.list = list;
    }

    @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseList.Page list(@RequestParam(required = false) String q,
                              @RequestParam(required = false) String registeredByMe,
                              @RequestParam(required = false) String page,
                              @RequestParam(required = false) String size,
                              @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        return list.search(user, CaseSearch.of(q, registeredByMe, page, size));
    }
}
