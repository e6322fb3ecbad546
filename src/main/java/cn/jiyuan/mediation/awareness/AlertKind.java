package cn.jiyuan.mediation.awareness;

/** What an alert is about (预警类型). */
public enum AlertKind {
    HOTSPOT_TOWN("镇（街道）纠纷高发"),
    HOTSPOT_TOWN_CATEGORY("镇（街道）同类纠纷激增"),
    HOTSPOT_CATEGORY("全市同类纠纷激增"),
    REPEAT_PARTY("重复信访"),
    WORKLOAD_OVERLOADED("调委会案件积压"),
    WORKLOAD_IDLE("调委会力量闲置");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isHotspot() {
        return name().startsWith("HOTSPOT");
    }

    public boolean isWorkload() {
        return name().startsWith("WORKLOAD");
    }
}
