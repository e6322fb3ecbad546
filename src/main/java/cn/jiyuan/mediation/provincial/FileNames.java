package cn.jiyuan.mediation.provincial;

/** The names of the downloaded files: 人民调解案件统计-2026-02.xlsx, and an ASCII one for old clients. */
final class FileNames {

    private FileNames() {
    }

    static String chinese(ReportMonth month, String extension) {
        return "人民调解案件统计-" + month + "." + extension;
    }

    static String ascii(ReportMonth month, String extension) {
        return "provincial-export-" + month + "." + extension;
    }
}
