package cn.jiyuan.mediation.organization.importing;

/** A file handed to the import: its name (which tells CSV from XLSX and names a CSV's table) and bytes. */
public record ImportSource(String fileName, byte[] content) {
}
