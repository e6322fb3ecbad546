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
            List.of("code", "name", "short_name", "type", "unit_code", "industry", "supervising_office_code")),
    PERSONS("persons", List.of("code", "name", "gender", "force_type", "full_time", "committee_code",
            "committee_role", "office_code", "phone", "email", "login", "extra_groups")),
    CONTACTS("contacts", List.of("code", "name", "organization", "unit_code", "title", "email", "phone"));

    private final String fileName;
    private final List<String> columns;

    OrgSheet(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** Finds the table by its name (sheet name, or CSV file name without extension). */
    public static Optional<OrgSheet> byName(String name) {
        String n = name.trim().toLowerCase();
        return Arrays.stream(values()).filter(s -> s.fileName.equals(n)).findFirst();
    }

    /** Finds the table whose columns are exactly these (in any order). */
    public static Optional<OrgSheet> byHeader(List<String> header) {
        return Arrays.stream(values())
                .filter(s -> s.columns.size() == header.size() && header.containsAll(s.columns))
                .findFirst();
    }
}
