package cn.jiyuan.mediation.disputecase;

/** How a mediation session is held (调解方式, notice 三(二) 四: 面对面、背靠背、线上). */
public enum SessionMode {
    FACE_TO_FACE("面对面"),
    SEPARATE("背靠背"),
    ONLINE_VIDEO("线上视频"),
    PHONE("电话");

    private final String label;

    SessionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
