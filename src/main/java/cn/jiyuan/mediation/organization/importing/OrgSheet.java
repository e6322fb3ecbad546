package cn.jiyuan.mediation.organization.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tables of the organization import format (docs/organization-import.md): one CSV file or one
 * XLSX sheet each, named as below, first row the column names. Order matters: later tables refer to
 * earlier ones.
 */
public enum OrgSheet {
    UNITS("units", List.of("code", "name", "level", "parent_code")),
    JUSTICE_OFFICES("justice_offices", List.of("code", "name", "town_code", "email")),
    COMMITTEES("committees",
            List.of("code", "name", "short_name", "type", "unit_code", "industry", "supervising_office_code"),
            List.of("phone")),
    // office_role came later: files made before it import as they did, keeping the office roles of the registry
    PERSONS("persons", List.of("code", "name", "gender", "force_type", "full_time", "committee_code",
            "committee_role", "office_code", "phone", "email", "login", "extra_groups"), List.of("office_role")),
    CONTACTS("contacts", List.of("code", "name", "organization", "unit_code", "title", "email", "phone"));

    private final String fileName;
    private final List<String> columns;
    private final List<String> optionalColumns;

    OrgSheet(String fileName, List<String> columns) {
        this(fileName, columns, List.of());
    }

    OrgSheet(String fileName, List<String> columns, List<String> optionalColumns) {
        this.fileName = fileName;
        this.columns = columns;
        this.optionalColumns = optionalColumns;
    }

    public String fileName() {
        return fileName;
    }

    /** The columns every file of the table has. */
    public List<String> columns() {
        return columns;
    }

    /** Columns a file may leave out (added to the format later). */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Whether the table knows this column. */
    public boolean knows(String column) {
        return columns.contains(column) || optionalColumns.contains(column);
    }

    /** Finds the table by its name (sheet name, or CSV file name without extension). */
    public static Optional<OrgSheet> byName(String name) {
        String n = name.trim().toLowerCase();
        return Arrays.stream(values()).filter(s -> s.fileName.equals(n)).findFirst();
    }

    /** Finds the table whose columns are exactly these (in any order), its optional ones present or not. */
    public static Optional<OrgSheet> byHeader(List<String> header) {
        return Arrays.stream(values())
                .filter(s -> header.containsAll(s.columns) && header.stream().allMatch(s::knows))
                .findFirst();
    }
}
