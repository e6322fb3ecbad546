package cn.jiyuan.mediation.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.Conclusion;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.disputecase.SessionMode;
import cn.jiyuan.mediation.organization.CommitteeType;

/**
 * The mapping of our codes onto the statistics report's lists, and docs/provincial-export.md, which documents it row
 * by row: every code of ours has its row in the document, with the report's code and name the code gives, and every
 * code of the report is in the document too — also those no code of ours maps to, which the document says.
 */
class ReportCodesTest {

    private static String doc;

    @BeforeAll
    static void readTheDocument() throws IOException {
        doc = Files.readString(Path.of("docs/provincial-export.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyCategoryIsDocumentedWithTheReportsCategory() {
        for (DisputeCategory c : DisputeCategory.values()) {
            assertRow(c.name(), c.label(), ReportCategory.of(c));
        }
        assertThat(ReportCategory.of(DisputeCategory.LABOR_WAGE_DEBT)).isEqualTo(ReportCategory.LABOR);
        assertThat(ReportCategory.of(DisputeCategory.RIGHTS_PROTECTION)).isEqualTo(ReportCategory.OTHER);
        assertNotMappedAreSaid(ReportCategory.values(), Arrays.stream(DisputeCategory.values()).map(ReportCategory::of)
                .collect(Collectors.toSet()));
    }

    @Test
    void everyChannelIsDocumentedWithTheReportsSource() {
        for (IntakeChannel c : IntakeChannel.values()) {
            assertRow(c.name(), c.label(), ReportSource.of(c));
            // a referral of ours is a referral in the report, and the other way round
            assertThat(ReportSource.of(c).name().matches("COURT|POLICE|PETITION")).as(c.name()).isEqualTo(c.isReferral());
        }
        assertNotMappedAreSaid(ReportSource.values(), Arrays.stream(IntakeChannel.values()).map(ReportSource::of)
                .collect(Collectors.toSet()));
    }

    @Test
    void everySessionModeIsDocumentedWithTheReportsMode() {
        for (SessionMode m : SessionMode.values()) {
            assertRow(m.name(), m.label(), ReportMode.of(m));
        }
        assertThat(ReportMode.of(SessionMode.PHONE)).isEqualTo(ReportMode.ONLINE);
    }

    @Test
    void everyConclusionAndAgreementIsDocumentedWithTheReportsResultAndForm() {
        for (CaseStatus s : Conclusion.CONCLUDING) {
            assertRow(s.name(), s.label(), ReportResult.of(s));
        }
        for (MediationOutcome o : EnumSet.of(MediationOutcome.AGREEMENT_WRITTEN, MediationOutcome.AGREEMENT_ORAL)) {
            assertRow(o.name(), o.label(), ReportAgreementForm.of(o));
        }
        assertThat(ReportAgreementForm.of(MediationOutcome.NO_AGREEMENT)).isNull();
        assertThat(ReportAgreementForm.of(MediationOutcome.WITHDRAWN)).isNull();
        assertThat(ReportAgreementForm.of(MediationOutcome.REFERRED)).isNull();
    }

    @Test
    void codesAreTwoDigitsAndUniqueWithinTheirList() {
        for (ReportCode[] list : List.<ReportCode[]>of(ReportCategory.values(), ReportSource.values(), ReportMode.values(),
                ReportResult.values(), ReportAgreementForm.values())) {
            List<String> codes = Arrays.stream(list).map(ReportCode::code).toList();
            assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("\\d{2}"));
            assertThat(Arrays.stream(list).map(ReportCode::label).toList()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyColumnIsDocumentedFieldByField() {
        for (var column : ExportRow.COLUMNS) {
            assertThat(doc).as(column.header()).contains("| " + column.header() + " |");
        }
    }

    @Test
    void theCheckNamesWhatACaseLacks() {
        ConcludedCase complete = concluded(DisputeCategory.CONTRACT, CaseStatus.AGREED, MediationOutcome.AGREEMENT_WRITTEN,
                2, BigDecimal.ZERO, SessionMode.FACE_TO_FACE);
        assertThat(RequiredFields.of(complete)).isEmpty();
        assertThat(RequiredFields.summary(List.of())).isEqualTo("完整");
        // an amount of 0 is an amount; none is a gap only where the dispute is over money
        assertThat(fields(concluded(DisputeCategory.CONTRACT, CaseStatus.NO_AGREEMENT, MediationOutcome.NO_AGREEMENT, 2,
                null, SessionMode.PHONE))).containsExactly("amountInvolved");
        assertThat(fields(concluded(DisputeCategory.NEIGHBOR, CaseStatus.NO_AGREEMENT, MediationOutcome.NO_AGREEMENT, 2,
                null, SessionMode.PHONE))).isEmpty();
        assertThat(fields(concluded(DisputeCategory.NEIGHBOR, CaseStatus.AGREED, null, 0, null, null)))
                .containsExactly("peopleInvolved", "sessionMode", "agreementForm");
        // reopened after an agreement and withdrawn: the earlier outcome is no agreement form, and none is needed
        ConcludedCase withdrawn = concluded(DisputeCategory.NEIGHBOR, CaseStatus.WITHDRAWN,
                MediationOutcome.AGREEMENT_WRITTEN, 2, null, null);
        assertThat(RequiredFields.of(withdrawn)).isEmpty();
        assertThat(withdrawn.agreementForm()).isNull();
        assertThat(fields(concluded(DisputeCategory.OTHER, CaseStatus.REFUSED, null, null, null, null)))
                .containsExactly("peopleInvolved");
        String summary = RequiredFields.summary(RequiredFields.of(concluded(DisputeCategory.MEDICAL, CaseStatus.AGREED,
                null, null, null, null)));
        assertThat(summary).startsWith("待补录：").contains("涉及人数", "医疗卫生纠纷涉及财产", "调解方式", "协议形式");
        // every money category is named in the document
        for (DisputeCategory c : DisputeCategory.values()) {
            if (RequiredFields.requiresAmount(c)) {
                assertThat(doc).as(c.name()).contains("`" + c.name() + "`");
            }
        }
    }

    private static List<String> fields(ConcludedCase c) {
        return RequiredFields.of(c).stream().map(Gap::field).toList();
    }

    private static ConcludedCase concluded(DisputeCategory category, CaseStatus conclusion, MediationOutcome outcome,
                                           Integer people, BigDecimal amount, SessionMode mode) {
        return new ConcludedCase(1, "（2022）测试调字第1号", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2), 1,
                "419001100", "克井镇", null, null, "TC419001100", "克井镇人民调解委员会", HandlingLevel.TOWN, CommitteeType.TOWN, null, category,
                IntakeChannel.WALK_IN, conclusion, outcome, people, amount, false, mode, mode == null ? 0 : 1, false);
    }

    /** The document's row for our code: {@code | `CODE` label | 01 | 报表名称 |}. */
    private static void assertRow(String code, String label, ReportCode report) {
        assertThat(doc).as(code).contains("| `" + code + "` " + label + " | " + report.code() + " | " + report.label()
                + " |");
    }

    /** A code of the report that no code of ours gives is listed as such: {@code | — | 15 | 旅游纠纷 |}. */
    private static void assertNotMappedAreSaid(ReportCode[] all, Set<? extends ReportCode> used) {
        for (ReportCode code : all) {
            if (!used.contains(code)) {
                assertThat(doc).as(code.label()).contains("| — | " + code.code() + " | " + code.label() + " |");
            }
        }
    }
}
