package cn.jiyuan.mediation.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;

/**
 * {@code GET /api/audit?caseRef=&userId=&from=&to=&wayIn=&action=&page=&size=}: the audit records, newest
 * first, for administrators ({@code camunda-admin}) and the grassroots section ({@code grassroots-section});
 * everyone else gets 403. {@code page} counts from 0; {@code size} defaults to 50, at most 500.
 */
@RestController
class AuditController {

    private final AuditRepository repository;

    AuditController(AuditRepository repository) {
        this.repository = repository;
    }

    record Item(OffsetDateTime at, String userId, String wayIn, String wayInName, String clientAddress,
                String method, String path, String action, String actionName, Long caseId, String caseNumber,
                int status) {
    }

    record Answer(long total, List<Item> items) {
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    Answer search(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                  @RequestParam(name = "caseRef", required = false) String caseRef,
                  @RequestParam(name = "userId", required = false) String userId,
                  @RequestParam(name = "from", required = false) String from,
                  @RequestParam(name = "to", required = false) String to,
                  @RequestParam(name = "wayIn", required = false) String wayIn,
                  @RequestParam(name = "action", required = false) String action,
                  @RequestParam(name = "page", required = false) String page,
                  @RequestParam(name = "size", required = false) String size) {
        if (!user.isAdministrator() && !user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())) {
            throw new ForbiddenException("只有系统管理员和市司法局基层科可以查看审计记录");
        }
        AuditCriteria criteria = AuditSearchRequest.validate(caseRef, userId, from, to, wayIn, action, page, size);
        AuditRepository.Page found = repository.search(criteria);
        return new Answer(found.total(), found.items().stream().map(r -> new Item(
                r.at().atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime(), r.userId(), r.wayIn().name(),
                r.wayIn().label(), r.clientAddress(), r.method(), r.path(), r.action().name(), r.action().label(),
                r.caseId(), r.caseNumber(), r.status())).toList());
    }
}
