package cn.jiyuan.mediation.spreadsheet;

/** How a column's values are written. */
public enum ColumnType {
    /** a string cell; any value is written as its {@code toString()} */
    TEXT,
    /**
     * a real Excel date (a number with the format {@code yyyy-mm-dd}): {@link java.time.LocalDate},
     * {@link java.time.LocalDateTime}, {@link java.time.OffsetDateTime}, {@link java.time.ZonedDateTime},
     * {@link java.time.Instant} or {@link java.util.Date}; moments are taken in the table's time zone
     */
    DATE,
    /** a numeric cell: any {@link Number} (a text that is a number is parsed, anything else is an error) */
    NUMBER
}
