package cn.jiyuan.mediation.caselist;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseReader;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.WebappSessionUser;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.typicalcase.NominationRequest;
import cn.jiyuan.mediation.typicalcase.TypicalCaseBooklet;
import cn.jiyuan.mediation.typicalcase.TypicalCases;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The mediators' case pages, for whoever is logged in to Tasklist (the same session, no second login):
 * <ul>
 * <li>{@code /cases}: 我的案件 — the cases the user may see, searchable, with the filter 我登记的案件;</li>
 * <li>{@code /cases/{id or case number}}: a case's stage, deadline and course; for a concluded case, to those who
 * handle or supervise it, the section 推荐为典型案例 ({@link TypicalCaseSection});</li>
 * <li>{@code POST /cases/{id}/typical-case} (form fields {@code title}, {@code writeUp} and the session's
 * {@link FormToken}): nominates the case as a typical case through {@link TypicalCases#nominate}, as
 * {@code POST /api/typical-cases/nominations} does; then back to the case page, which shows the nomination (303), or
 * the page again with each problem beside its field (400);</li>
 * <li>{@code /typical-cases}: 典型案例, the published typical cases, and {@code /typical-cases/booklet.pdf} their
 * booklet (人民调解典型案例汇编), for every logged-in user;</li>
 * <li>{@code /cases/process-instance/{id}}: where the case link (↗) of a Tasklist task leads — the case of the
 * task's process;</li>
 * <li>{@code /cases/registered/{intake process instance id}} (JSON): the case a registrar's intake form just
 * registered (case number, committee, deadline), which Tasklist shows after the form is submitted;</li>
 * <li>{@code /cases/task/{task id}} (JSON): the case of a task with its course, for Tasklist's task tab 案件经过
 * (the task's own 历史 tab knows only the task).</li>
 * </ul>
 * Someone not logged in, and a case the user may not see, get a page in Chinese, never the server's error page.
 * The pages answer HTML whatever the request accepts (a link followed from Tasklist is a plain navigation).
 */
@RestController
public class CasePageController {

    static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final CaseList list;
    private final CasePage casePage;
    private final CaseOfInstance instances;
    private final CaseAccessPolicy access;
    private final CasePages pages;
    private final AuthorizationService authorizations;
    private final CaseReader reader;
    private final TypicalCases typicalCases;
    private final TypicalCaseSection typicalCaseSection;
    private final TypicalCaseBooklet booklet;

    public CasePageController(CaseList list, CasePage casePage, CaseOfInstance instances, CaseAccessPolicy access,
                              CasePages pages, AuthorizationService authorizations, CaseReader reader,
                              TypicalCases typicalCases, TypicalCaseSection typicalCaseSection,
                              TypicalCaseBooklet booklet) {
        this.list = list;
        this.casePage = casePage;
        this.instances = instances;
        this.access = access;
        this.pages = pages;
        this.authorizations = authorizations;
        this.reader = reader;
        this.typicalCases = typicalCases;
        this.typicalCaseSection = typicalCaseSection;
        this.booklet = booklet;
    }

    @GetMapping({"/cases", "/cases/"})
    public ResponseEntity<String> list(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String registeredByMe,
                                       @RequestParam(required = false) String page, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return loginFirst();
        }
        CaseSearch search;
        try {
            search = CaseSearch.of(q, registeredByMe, page, null);
        } catch (InvalidRequestException e) {
            return pages.message(HttpStatus.BAD_REQUEST, "搜索条件有误",
                    String.join("；", e.errors().stream().map(f -> label(f.field()) + f.message()).toList()),
                    list.personName(user.get().userId()));
        }
        CaseList.Page found = list.search(user.get(), search);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("user", list.personName(user.get().userId()));
        values.put("q", search.text() == null ? "" : search.text());
        values.put("mine", search.registeredByMe());
        values.put("result", found);
        values.put("previous", search.page() > 0 ? link(search, search.page() - 1) : null);
        values.put("next", search.page() + 1 < found.pages() ? link(search, search.page() + 1) : null);
        values.put("tasklist", TASKLIST);
        return pages.page(HttpStatus.OK, "list", values);
    }

    @GetMapping("/cases/{reference}")
    public ResponseEntity<String> show(@PathVariable String reference, @RequestParam(required = false) String nominated,
                                       HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return loginFirst();
        }
        CasePage.View view;
        try {
            view = casePage.view(reference, user.get());
        } catch (NotFoundException e) {
            return notYours(user.get());
        }
        return casePage(HttpStatus.OK, user.get(), view, request, null, nominated != null);
    }

    /** 推荐为典型案例 from the case page: a form post of Tasklist's session, guarded by the session's {@link FormToken}. */
    @PostMapping("/cases/{reference}/typical-case")
    public ResponseEntity<String> nominate(@PathVariable String reference, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return loginFirst();
        }
        if (!FormToken.accepts(request)) {
            return pages.message(HttpStatus.FORBIDDEN, "提交未被接受",
                    "此次提交不是从本平台的案件页面发出的，或页面已过期：请重新打开案件页面，再提交推荐。",
                    list.personName(user.get().userId()));
        }
        CaseFile c;
        try {
            c = reader.readable(reference, user.get());
        } catch (NotFoundException e) {
            return notYours(user.get());
        }
        if (!access.mayReadPersonalData(user.get(), c)) {
            return pages.message(HttpStatus.FORBIDDEN, "无法推荐该案件",
                    "典型案例只能由办理或督办本案的调委会、司法所推荐。", list.personName(user.get().userId()));
        }
        String title = formText(request.getParameter("title"));
        String writeUp = formText(request.getParameter("writeUp"));
        try {
            typicalCases.nominate(user.get(), new NominationRequest(java.math.BigDecimal.valueOf(c.id()), title, writeUp),
                    new FieldErrors());
        } catch (InvalidRequestException e) {
            CasePage.View view = casePage.view(String.valueOf(c.id()), user.get());
            return casePage(HttpStatus.BAD_REQUEST, user.get(), view, request,
                    new TypicalCaseSection.Typed(title, writeUp, e.errors()), false);
        } catch (NotFoundException e) {
            return notYours(user.get());
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Cache-Control", "no-store")
                .location(URI.create("/cases/" + c.id() + "?nominated=1#typical-case")).build();
    }

    /** Where a form post leads when opened as an address (a reload, a bookmark): the case page. */
    @GetMapping("/cases/{reference}/typical-case")
    public ResponseEntity<String> nominationForm(@PathVariable String reference) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/cases/"
                + java.net.URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20") + "#typical-case"))
                .build();
    }

    /** 典型案例: the published typical cases (anonymised texts), for every logged-in user. */
    @GetMapping({"/typical-cases", "/typical-cases/"})
    public ResponseEntity<String> typicalCases(HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return loginFirst();
        }
        return pages.page(HttpStatus.OK, "typical-cases", Map.of("user", list.personName(user.get().userId()),
                "entries", booklet.entries()));
    }

    /** 人民调解典型案例汇编 (PDF), as {@code GET /api/typical-cases/booklet.pdf} gives it, with the page's session. */
    @GetMapping("/typical-cases/booklet.pdf")
    public ResponseEntity<?> typicalCaseBooklet(HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return loginFirst();
        }
        String name = "人民调解典型案例汇编-" + CaseTime.today() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header("Cache-Control", "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(booklet.render());
    }

    private ResponseEntity<String> casePage(HttpStatus status, AuthenticatedUser user, CasePage.View view,
                                            HttpServletRequest request, TypicalCaseSection.Typed typed,
                                            boolean nominated) {
        Map<String, Object> values = new HashMap<>();
        values.put("user", list.personName(user.userId()));
        values.put("c", view);
        values.put("tasklist", TASKLIST);
        values.put("typical", typicalCaseSection.of(view.summary().caseId(), view.summary().fullAccess(),
                FormToken.of(request), typed, nominated).orElse(null));
        values.put("tokenName", FormToken.PARAMETER);
        return pages.page(status, "case", values);
    }

    /** A text as the browser posted it: lines ending in CR LF as in the API's JSON (LF). */
    private static String formText(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
    }

    @GetMapping("/cases/process-instance/{processInstanceId}")
    public ResponseEntity<String> ofInstance(@PathVariable String processInstanceId, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return loginFirst();
        }
        Optional<CaseFile> c = instances.find(processInstanceId);
        if (c.isPresent() && access.mayRead(user.get(), c.get())) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/cases/" + c.get().id())).build();
        }
        if (c.isPresent()) {
            return notYours(user.get());
        }
        String text = "此任务所属的流程（如排查、人员配备审查或受理登记）不是某一件矛盾纠纷案件，没有案件页面。";
        if (mayUseCockpit(user.get())) {
            text += "可在驾驶舱（Cockpit）中查看该流程实例。";
        }
        return pages.message(HttpStatus.NOT_FOUND, "没有对应的案件", text, list.personName(user.get().userId()));
    }

    /** The case the registrar's intake just registered; 404 for an intake that is not theirs. */
    @GetMapping(path = "/cases/registered/{processInstanceId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> registered(@PathVariable String processInstanceId,
                                                          HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("Cache-Control", "no-store")
                    .body(Map.of("detail", "请先登录任务列表"));
        }
        Optional<Optional<Long>> intake = instances.registeredBy(processInstanceId, user.get().userId());
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatus status = HttpStatus.OK;
        if (intake.isEmpty()) {
            status = HttpStatus.NOT_FOUND;
            body.put("detail", "没有找到您发起的这次受理登记");
        } else if (intake.get().isEmpty()) {
            body.put("registered", false);
            body.put("detail", "受理信息有误，尚未登记：请在任务“更正受理信息”中更正后重新提交");
        } else {
            Optional<CaseList.Item> item = list.registeredBy(user.get(), intake.get().get());
            if (item.isEmpty()) {
                status = HttpStatus.NOT_FOUND;
                body.put("detail", "没有找到您发起的这次受理登记");
            } else {
                CaseList.Item c = item.get();
                body.put("registered", true);
                body.put("caseId", c.caseId());
                body.put("caseNumber", c.caseNumber());
                body.put("committeeName", c.committeeName());
                body.put("deadline", c.deadline().toString());
                body.put("deadlineText", c.deadlineText());
                body.put("href", c.href());
                body.put("detail", "案号" + c.caseNumber() + "，由" + c.committeeName() + "办理，办理期限至 "
                        + c.deadline() + "（" + c.deadlineText() + "）。");
            }
        }
        return ResponseEntity.status(status).header("Cache-Control", "no-store").body(body);
    }

    /** The case of a task, with its course; 404 alike for an unknown task, no case, or a case not the user's. */
    @GetMapping(path = "/cases/task/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Object> ofTask(@PathVariable String taskId, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = user(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("Cache-Control", "no-store")
                    .body(Map.of("detail", "请先登录任务列表"));
        }
        Optional<CaseFile> c = instances.ofTask(taskId).filter(found -> access.mayRead(user.get(), found));
        if (c.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).header("Cache-Control", "no-store")
                    .body(Map.of("detail", "此任务不属于您可查看的案件"));
        }
        return ResponseEntity.ok().header("Cache-Control", "no-store")
                .body(casePage.view(String.valueOf(c.get().id()), user.get()));
    }

    /** The Tasklist login of the session; also left on the request, where the audit finds who read the case. */
    private Optional<AuthenticatedUser> user(HttpServletRequest request) {
        Optional<AuthenticatedUser> user = WebappSessionUser.of(request).map(a -> new AuthenticatedUser(a.getUserId(),
                a.getGroupIds() == null ? List.of() : List.copyOf(a.getGroupIds())));
        user.ifPresent(u -> request.setAttribute(AuthenticatedUser.ATTRIBUTE, u));
        return user;
    }

    private ResponseEntity<String> loginFirst() {
        return pages.message(HttpStatus.UNAUTHORIZED, "请先登录",
                "案件页面与任务列表使用同一个登录：请先登录任务列表，再打开本页面。", null);
    }

    private ResponseEntity<String> notYours(AuthenticatedUser user) {
        return pages.message(HttpStatus.NOT_FOUND, "无法查看该案件",
                "没有找到该案件，或您无权查看该案件：案件只向办理和督办它的调委会、司法所以及登记人开放。",
                list.personName(user.userId()));
    }

    private boolean mayUseCockpit(AuthenticatedUser user) {
        return user.isAdministrator() || authorizations.isUserAuthorized(user.userId(), user.groupIds(),
                Permissions.ACCESS, Resources.APPLICATION, "cockpit");
    }

    private static String link(CaseSearch search, int page) {
        StringBuilder href = new StringBuilder("/cases?page=").append(page);
        if (search.text() != null) {
            href.append("&q=").append(java.net.URLEncoder.encode(search.text(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (search.registeredByMe()) {
            href.append("&registeredByMe=true");
        }
        return href.toString();
    }

    private static String label(String field) {
        return switch (field) {
            case "q" -> "搜索内容：";
            case "page" -> "页码：";
            case "registeredByMe" -> "我登记的案件：";
            default -> field + "：";
        };
    }
}
