package cn.jiyuan.mediation.organization.importing;

import java.util.Map;

/** What an import changed, per table: rows created or updated, and rows that were already as given. */
public record ImportResult(Map<OrgSheet, Counts> tables) {

    public record Counts(int written, int unchanged) {
    }

    public int totalWritten() {
        return tables.values().stream().mapToInt(Counts::written).sum();
    }
}
