package cn.jiyuan.mediation.spreadsheet;

import java.util.List;

/**
 * Where a {@link RowSource} puts its rows while the workbook is written: each row goes to the file at once (only a
 * small window of rows is kept in memory). The counts it tallies end up on the summary sheet.
 */
public interface RowSink {

    /** Writes one row; the values in column order (null: an empty cell; fewer values than columns: the rest empty). */
    void row(Object... values);

    /** As {@link #row(Object...)}. */
    default void row(List<?> values) {
        row(values.toArray());
    }

    /**
     * Adds one to the count of {@code key} in the group {@code group} of the summary sheet (e.g. group 风险等级, key
     * 高风险). Groups and keys are listed in the order they are first counted, unless the table names them.
     */
    void count(String group, String key);

    /** Rows written so far. */
    long rows();
}
