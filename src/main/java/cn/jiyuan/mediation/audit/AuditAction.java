package cn.jiyuan.mediation.audit;

/** What a recorded request did. */
public enum AuditAction {
    READ("查看"),
    WRITE("修改"),
    DOWNLOAD("下载");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
