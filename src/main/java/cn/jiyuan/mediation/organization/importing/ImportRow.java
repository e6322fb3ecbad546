package cn.jiyuan.mediation.organization.importing;

import java.util.Map;

/** One data row of an import table, with its 1-based row number in the file (the header is row 1). */
public record ImportRow(int rowNumber, Map<String, String> values) {

    /** The trimmed value of a column, or null when empty. */
    public String get(String column) {
        String v = values.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}
