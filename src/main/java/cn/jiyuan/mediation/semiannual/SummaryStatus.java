package cn.jiyuan.mediation.semiannual;

import java.time.OffsetDateTime;

/** Where one summary stands, as the grassroots section's overview shows it. */
public enum SummaryStatus {
    SUBMITTED("按时报送"),
    SUBMITTED_LATE("逾期报送"),
    PENDING("未报送（未到截止日期）"),
    OVERDUE("逾期未报");

    private final String label;

    SummaryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A summary handed in after the end of the due day is late; one not in is overdue from then on. */
    public static SummaryStatus of(SemiannualRepository.Summary s, OffsetDateTime dueAt, OffsetDateTime now) {
        if (s.submitted()) {
            return s.submittedAt().isAfter(dueAt) ? SUBMITTED_LATE : SUBMITTED;
        }
        return now.isAfter(dueAt) ? OVERDUE : PENDING;
    }
}
