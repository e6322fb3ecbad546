package cn.jiyuan.mediation.organization.importing;

import java.util.List;

/** The rows of one table read from one source (a CSV file, or one sheet of an XLSX file). */
public record ImportTable(String source, OrgSheet sheet, List<ImportRow> rows) {
}
