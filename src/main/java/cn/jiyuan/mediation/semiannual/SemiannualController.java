package cn.jiyuan.mediation.semiannual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;

/**
 * The semi-annual summaries (半年工作总结) over the API (access: {@link SemiannualViewer}):
 * <ul>
 * <li>{@code GET /api/semiannual/overview?period=2027-H1} (default: the latest half-year): who has submitted, who
 * was late, who has not — every office and committee for the grassroots section and administrators, its own for
 * an office or committee, 403 for others;</li>
 * <li>{@code POST /api/semiannual/rounds} (no body): issues the half-year due next ahead of the timer, once —
 * grassroots section only; 201 with the overview, 200 with it when that half-year had been issued;</li>
 * <li>{@code GET /api/semiannual/rounds/{period}/rollup}: the roll-up document (PDF), grassroots section only;</li>
 * <li>{@code GET /api/semiannual/summaries/{id}}: one summary with its text and attachments, and
 * {@code GET …/attachments/{attachmentId}} one attachment — the office or committee itself and the grassroots
 * section;</li>
 * <li>{@code POST /api/semiannual/summaries/{id}/attachments} (multipart, part {@code file}): attaches a file to a
 * summary not yet submitted — the office or committee itself;</li>
 * <li>{@code GET /api/semiannual/summaries/{id}/attachments}: the files, and whether the reader may still change them
 * — the readers of the summary; {@code DELETE …/attachments/{attachmentId}}: removes one from a summary not yet
 * submitted — the office or committee itself.</li>
 * </ul>
 * The task form 半年工作总结 in Tasklist lists, uploads and removes the files through these with the Tasklist login
 * (webjars/camunda/app/tasklist/semiannual-attachments; {@link cn.jiyuan.mediation.platform.TasklistFormCalls}):
 * the files go to our table, never into the process.
 */
@RestController
@RequestMapping("/api/semiannual")
public class SemiannualController {

    /** A summary as its readers get it. */
    public record SummaryView(long id, String periodCode, String roundTitle, String unitKind, String unitKindLabel,
                              String unitCode, String unitName, String status, String statusLabel, String figuresText,
                              String summaryText, OffsetDateTime submittedAt, String submittedBy,
                              List<AttachmentView> attachments) {
    }

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt,
                                 String uploadedBy, String href) {
    }

    /**
     * A summary's attachments as its form shows them: whether the reader may still add and remove files
     * ({@code mayChange}: the unit's own users while the summary is pending) and the limits.
     */
    public record AttachmentList(long summaryId, String unitName, boolean submitted, boolean mayChange, int maxFiles,
                                 long maxBytes, List<AttachmentView> attachments) {
    }

    private final SemiannualOverviews overviews;
    private final SemiannualRepository repository;
    private final SummaryAttachments attachments;
    private final SemiannualRollup rollup;
    private final RuntimeService runtime;

    public SemiannualController(SemiannualOverviews overviews, SemiannualRepository repository,
                                SummaryAttachments attachments, SemiannualRollup rollup, RuntimeService runtime) {
        this.runtime = runtime;
        this.overviews = overviews;
        this.repository = repository;
        this.attachments = attachments;
        this.rollup = rollup;
    }

    @GetMapping(path = "/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    public SemiannualOverviews.RoundOverview overview(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                      @RequestParam(name = "period", required = false) String period) {
        SemiannualViewer viewer = SemiannualViewer.of(user);
        checkPeriod(period);
        SemiannualOverviews.RoundOverview overview = overviews.overview(period, viewer);
        if (!viewer.seesAll() && overview.units().isEmpty()) {
            throw new ForbiddenException("半年工作总结报送情况仅供市局基层科、系统管理员和报送单位本身查看");
        }
        return overview;
    }

    @PostMapping(path = "/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SemiannualOverviews.RoundOverview> issue(
            @RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user) {
        SemiannualViewer viewer = SemiannualViewer.of(user);
        viewer.requireRollup();
        ProcessInstance started = runtime.startProcessInstanceByMessage(SemiannualVariables.ISSUE_BY_HAND_MESSAGE,
                Variables.putValue(SemiannualVariables.INITIATOR, user.userId()));
        // the round of the half-year due next; this start issued it when it names this instance
        SemiannualRepository.Round round = overviews.round(HalfYear.dueNext(overviews.now().toLocalDate()).code());
        boolean issued = started.getId().equals(round.processInstanceId());
        return ResponseEntity.status(issued ? HttpStatus.CREATED : HttpStatus.OK)
                .body(overviews.overview(round.periodCode(), viewer));
    }

    @GetMapping("/rounds/{period}/rollup")
    public ResponseEntity<byte[]> rollup(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                         @PathVariable String period) {
        SemiannualViewer.of(user).requireRollup();
        checkPeriod(period);
        SemiannualRepository.Round round = overviews.round(period);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(round.title() + "工作总结汇总.pdf", StandardCharsets.UTF_8).build().toString())
                .body(rollup.render(round));
    }

    @GetMapping(path = "/summaries/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public SummaryView summary(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                               @PathVariable long id) {
        SemiannualRepository.Summary s = summary(id);
        SemiannualViewer.of(user).requireReads(s);
        SemiannualRepository.Round round = repository.findRound(s.roundId()).orElseThrow();
        SummaryStatus status = SummaryStatus.of(s, round.dueAt(), overviews.now());
        return new SummaryView(s.id(), round.periodCode(), round.title(), s.unitKind().name(), s.unitKind().label(),
                s.unitCode(), s.unitName(), status.name(), status.label(), s.figuresText(), s.summaryText(),
                s.submittedAt(), s.submittedBy(), repository.findAttachments(id).stream().map(this::view).toList());
    }

    @PostMapping(path = "/summaries/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<AttachmentView> attach(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                 @PathVariable long id,
                                                 @RequestParam(name = SummaryAttachments.FIELD, required = false)
                                                 MultipartFile file) throws IOException {
        SemiannualRepository.Summary s = summary(id);
        SemiannualViewer.of(user).requireWrites(s);
        if (file == null) {
            throw new InvalidRequestException(List.of(new FieldError(SummaryAttachments.FIELD, "请选择要上传的文件")));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(view(attachments.attach(s, file.getOriginalFilename(), file.getBytes(), user.userId())));
    }

    @GetMapping(path = "/summaries/{id}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
    public AttachmentList attachments(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                      @PathVariable long id) {
        SemiannualRepository.Summary s = summary(id);
        SemiannualViewer viewer = SemiannualViewer.of(user);
        viewer.requireReads(s);
        return new AttachmentList(s.id(), s.unitName(), s.submitted(), !s.submitted() && viewer.mayWrite(s),
                SummaryAttachments.MAX_FILES, SummaryAttachments.MAX_BYTES,
                repository.findAttachments(id).stream().map(this::view).toList());
    }

    @DeleteMapping("/summaries/{id}/attachments/{attachmentId}")
    public ResponseEntity<Void> removeAttachment(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                                 @PathVariable long id, @PathVariable long attachmentId) {
        SemiannualRepository.Summary s = summary(id);
        SemiannualViewer.of(user).requireWrites(s);
        attachments.remove(s, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/summaries/{id}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@RequestAttribute(AuthenticatedUser.ATTRIBUTE) AuthenticatedUser user,
                                             @PathVariable long id, @PathVariable long attachmentId) {
        SemiannualRepository.Summary s = summary(id);
        SemiannualViewer.of(user).requireReads(s);
        SemiannualRepository.Attachment a = repository.findAttachments(id).stream().filter(x -> x.id() == attachmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("该总结没有编号为 " + attachmentId + " 的附件"));
        byte[] content = repository.attachmentContent(id, attachmentId).orElseThrow();
        // always a download, never shown in the platform's origin: a file is what its uploader made of it
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private SemiannualRepository.Summary summary(long id) {
        return repository.findSummary(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的半年工作总结"));
    }

    private AttachmentView view(SemiannualRepository.Attachment a) {
        return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedAt(), a.uploadedBy(),
                "/api/semiannual/summaries/" + a.summaryId() + "/attachments/" + a.id());
    }

    private static void checkPeriod(String period) {
        if (period != null && !period.isBlank() && HalfYear.parse(period) == null) {
            throw new InvalidRequestException(List.of(new FieldError("period", "应为“年份-H1”（上半年）或“年份-H2”（下半年），如 2027-H1")));
        }
    }
}
