package cn.jiyuan.mediation.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * How a case concluded (办结), read from its status history: a case is concluded when it has an entry with status
 * AGREED, NO_AGREEMENT, WITHDRAWN, REFUSED or REFERRED (taken over by the unit it was referred to) after which no
 * REOPENED entry follows (a rebound reopens the mediation, and the case is open again until it concludes anew). Its
 * conclusion is the earliest such entry: later entries of
 * the same status are notes (follow-up visits are recorded with the status the case has). Stored on case_file
 * (conclusion, concluded_on, days_to_conclude) with every status entry, so that the ledger and the statistics
 * read it as columns.
 *
 * @param status      the concluding status
 * @param concludedOn Jiyuan's date of that entry
 */
public record Conclusion(CaseStatus status, LocalDate concludedOn) {

    /** The statuses that end a mediation. */
    public static final Set<CaseStatus> CONCLUDING = Set.of(CaseStatus.AGREED, CaseStatus.NO_AGREEMENT,
            CaseStatus.WITHDRAWN, CaseStatus.REFUSED, CaseStatus.REFERRED);

    /**
     * The conclusion of a history (oldest entry first, as {@link CaseRepository#findHistory} gives it), null while
     * the case is open.
     */
    public static Conclusion of(List<StatusChange> history) {
        Conclusion found = null;
        for (StatusChange change : history) {
            if (change.status().equals(CaseStatus.REOPENED.name())) {
                found = null;
            } else if (found == null && isConcluding(change.status())) {
                found = new Conclusion(CaseStatus.valueOf(change.status()),
                        change.at().atZoneSameInstant(CaseTime.ZONE).toLocalDate());
            }
        }
        return found;
    }

    /** Whole days from registration to conclusion, both Jiyuan's dates. */
    public int daysFrom(LocalDate registeredOn) {
        return (int) ChronoUnit.DAYS.between(registeredOn, concludedOn);
    }

    private static boolean isConcluding(String status) {
        return CONCLUDING.stream().anyMatch(s -> s.name().equals(status));
    }
}
