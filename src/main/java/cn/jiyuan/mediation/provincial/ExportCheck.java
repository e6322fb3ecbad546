package cn.jiyuan.mediation.provincial;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/exports/provincial/check}: how many cases the month's export holds, how many are
 * complete, and each incomplete one with what it lacks.
 *
 * @param month      the month, {@code 2026-02}
 * @param scope      全市, or the town(s) of a justice office
 * @param total      the cases the export holds
 * @param complete   those with every required field
 * @param incomplete those marked 待补录 in the export
 * @param cases      the incomplete cases, in the order of the export
 */
public record ExportCheck(String month, String scope, long total, long complete, long incomplete,
                          List<Incomplete> cases) {

    /** A case to be completed before the export, and the fields it lacks. */
    public record Incomplete(long caseId, String caseNumber, String townName, String committeeName,
                             LocalDate concludedOn, List<Gap> missing) {
    }
}
