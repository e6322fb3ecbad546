package cn.jiyuan.mediation.provincial;

import cn.jiyuan.mediation.disputecase.SessionMode;

/**
 * 调解方式 as the notice names them (三(二) 四: 面对面、背靠背、线上). A case has as many sessions as it took; the
 * export gives the mode of its last session — the one in which the mediation ended — and the number of sessions
 * beside it. The report knows no telephone mediation: a session held by phone is, like a video session, 线上调解
 * (remote); the export keeps our mode in a column of its own.
 */
public enum ReportMode implements ReportCode {
    FACE_TO_FACE("01", "面对面调解"),
    SEPARATE("02", "背靠背调解"),
    ONLINE("03", "线上调解");

    private final String code;
    private final String label;

    ReportMode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static ReportMode of(SessionMode mode) {
        return switch (mode) {
            case FACE_TO_FACE -> FACE_TO_FACE;
            case SEPARATE -> SEPARATE;
            case ONLINE_VIDEO, PHONE -> ONLINE;
        };
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
