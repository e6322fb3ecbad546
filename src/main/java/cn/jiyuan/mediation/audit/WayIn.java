package cn.jiyuan.mediation.audit;

/** Through which way in a request reached the platform. */
public enum WayIn {
    /** The project's API, /api, with HTTP Basic. */
    API("项目接口"),
    /** Camunda's engine REST API, /engine-rest, with HTTP Basic. */
    ENGINE_REST("引擎接口"),
    /** The webapps' engine API (/camunda/api/engine/…) called from Tasklist. */
    TASKLIST("任务列表"),
    /** … from Cockpit. */
    COCKPIT("驾驶舱"),
    /** … from Admin. */
    ADMIN("管理后台"),
    /** … from a webapp page that did not say which (no Referer of a known app). */
    WEBAPP("网页应用"),
    /** The citizens' page 掌上调解 (/public/api, no login): an application, a status lookup. */
    PUBLIC("掌上调解");

    private final String label;

    WayIn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
