package cn.jiyuan.mediation.caselist;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.typicalcase.NominationRequest;
import cn.jiyuan.mediation.typicalcase.TypicalCaseRepository.Nomination;
import cn.jiyuan.mediation.typicalcase.TypicalCaseStatus;
import cn.jiyuan.mediation.typicalcase.TypicalCases;

/**
 * The section 推荐为典型案例 of a case's page, for those who handle or supervise the case (who may nominate it,
 * {@link TypicalCases#nominate}): the form (标题, 案例简介) while the case is concluded and has no nomination under
 * review or published; where its latest nomination stands (待司法所审核, 待基层科审核, 已发布, 已退回 with the
 * reviewers' opinions) and its anonymised text, as the reviewers read it.
 */
@Component
public class TypicalCaseSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /**
     * What the section shows.
     *
     * @param latest    the case's latest nomination, or null
     * @param form      the form, or null when the case cannot be nominated now
     * @param submitted the user has just nominated it (the page says so)
     * @param refusal   why what the user submitted was refused when the form is no longer shown (the case was
     *                  nominated by someone else, or reopened, meanwhile), or null
     */
    public record View(Status latest, Form form, boolean submitted, String refusal) {
    }

    /** A nomination as the case page shows it. */
    public record Status(String statusName, String statusKind, String title, String writeUp, String nominatedOn,
                  String nominatedBy, List<String> opinions) {
    }

    /** The form, with what was typed and the problems found with it (each beside its field). */
    public record Form(String action, String token, String title, String writeUp, String titleError, String writeUpError,
                String otherError, int maxTitle, int maxWriteUp) {

        public boolean hasErrors() {
            return titleError != null || writeUpError != null || otherError != null;
        }
    }

    private final TypicalCases typicalCases;
    private final CaseList list;

    TypicalCaseSection(TypicalCases typicalCases, CaseList list) {
        this.typicalCases = typicalCases;
        this.list = list;
    }

    /**
     * The section of a case, empty when the user may not nominate it (the section is then not shown) or when it
     * neither may be nominated nor ever was.
     *
     * @param typed  what the user submitted and its problems, or null for an empty form
     */
    Optional<View> of(long caseId, boolean handlesOrSupervises, String token, Typed typed, boolean submitted) {
        if (!handlesOrSupervises) {
            return Optional.empty();
        }
        Status latest = typicalCases.latestOfCase(caseId).map(this::status).orElse(null);
        Form form = null;
        String refusal = null;
        if (typicalCases.mayBeNominated(caseId)) {
            form = typed == null ? new Form(action(caseId), token, "", "", null, null, null, NominationRequest.MAX_TITLE,
                    NominationRequest.MAX_WRITE_UP) : typed.form(action(caseId), token);
        } else if (typed != null) {
            refusal = String.join("；", typed.errors().stream().map(FieldError::message).toList());
        }
        if (latest == null && form == null && refusal == null) {
            return Optional.empty();
        }
        return Optional.of(new View(latest, form, submitted && latest != null, refusal));
    }

    static String action(long caseId) {
        return "/cases/" + caseId + "/typical-case";
    }

    /** What the user submitted, and the problems found with it (field names of the nomination's API). */
    public record Typed(String title, String writeUp, List<FieldError> errors) {

        Form form(String action, String token) {
            String titleError = null;
            String writeUpError = null;
            List<String> other = new ArrayList<>();
            for (FieldError e : errors) {
                switch (e.field()) {
                    case "title" -> titleError = e.message();
                    case "writeUp" -> writeUpError = e.message();
                    default -> other.add(e.message());
                }
            }
            return new Form(action, token, title == null ? "" : title, writeUp == null ? "" : writeUp, titleError,
                    writeUpError, other.isEmpty() ? null : String.join("；", other), NominationRequest.MAX_TITLE,
                    NominationRequest.MAX_WRITE_UP);
        }
    }

    private Status status(Nomination n) {
        String name = switch (n.status()) {
            case OFFICE_REVIEW -> "待司法所审核";
            case SECTION_REVIEW -> "待基层科审核";
            case PUBLISHED -> "已发布";
            case RETURNED -> "已退回";
        };
        String kind = switch (n.status()) {
            case PUBLISHED -> "published";
            case RETURNED -> "returned";
            default -> "review";
        };
        boolean returnedBySection = n.status() == TypicalCaseStatus.RETURNED && n.sectionReviewedAt() != null;
        List<String> opinions = new ArrayList<>();
        if (n.officeReviewedAt() != null) {
            opinions.add(opinion("司法所", !returnedBySection && n.status() == TypicalCaseStatus.RETURNED,
                    n.officeOpinion()));
        }
        if (n.sectionReviewedAt() != null) {
            opinions.add(opinion("基层科", returnedBySection, n.sectionOpinion()));
        }
        return new Status(name, kind, n.title(), n.writeUp(),
                DAY.format(n.nominatedAt().atZoneSameInstant(CaseTime.ZONE)), list.personName(n.nominatedBy()),
                opinions);
    }

    private static String opinion(String reviewer, boolean returned, String text) {
        return reviewer + (returned ? "退回" : "同意推荐") + (text == null ? "" : "：" + text);
    }
}
