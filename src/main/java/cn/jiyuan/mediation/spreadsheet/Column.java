package cn.jiyuan.mediation.spreadsheet;

import java.util.Objects;

/**
 * One column of a table: its header (Chinese, as people read it), its width in Excel's character units (the figure
 * Excel shows as the column width; a Chinese character takes about two), how its values are written and, for
 * numbers, an optional Excel number format (e.g. {@code #,##0.00}; null: General).
 */
public record Column(String header, int width, ColumnType type, String numberFormat) {

    /** Excel's limit for a column's width, in characters. */
    public static final int MAX_WIDTH = 255;

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("column " + header + ": width " + width + " is not within 1.." + MAX_WIDTH);
        }
        if (numberFormat != null && type != ColumnType.NUMBER) {
            throw new IllegalArgumentException("column " + header + ": a number format is for NUMBER columns only");
        }
    }

    public static Column text(String header, int width) {
        return new Column(header, width, ColumnType.TEXT, null);
    }

    public static Column date(String header, int width) {
        return new Column(header, width, ColumnType.DATE, null);
    }

    public static Column number(String header, int width) {
        return new Column(header, width, ColumnType.NUMBER, null);
    }

    public static Column number(String header, int width, String numberFormat) {
        return new Column(header, width, ColumnType.NUMBER, Objects.requireNonNull(numberFormat, "numberFormat"));
    }
}
