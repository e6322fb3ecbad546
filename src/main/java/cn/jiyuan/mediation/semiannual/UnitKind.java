package cn.jiyuan.mediation.semiannual;

/** Who owes a semi-annual summary (the notice: 各所、各行业性专业性调委会). */
public enum UnitKind {
    JUSTICE_OFFICE("司法所"),
    INDUSTRY_COMMITTEE("行业性专业性调委会");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
