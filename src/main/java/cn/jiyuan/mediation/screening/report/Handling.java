package cn.jiyuan.mediation.screening.report;

/** What the unit did with a dispute it found (处理方式). */
public enum Handling {
    /** 当场化解: resolved on the spot, recorded only */
    ON_THE_SPOT("当场化解"),
    /** 登记为案件: registered as a case (channel SCREENING), which starts the case lifecycle */
    REGISTER_CASE("登记为案件");

    private final String label;

    Handling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
