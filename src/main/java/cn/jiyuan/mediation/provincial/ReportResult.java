package cn.jiyuan.mediation.provincial;

import cn.jiyuan.mediation.cases.CaseStatus;

/**
 * 调解结果: how the case concluded (case_file.conclusion, {@link cn.jiyuan.mediation.cases.Conclusion}). The report
 * counts 调解成功 and 调解不成功; a withdrawal (人民调解法第二十六条: the mediation ends) and a party's refusal to be
 * mediated (第十七条) are cases of ours too, finer than the report's two results, and so is a case referred out and taken
 * over by the court, the police, the petition office or the department it was referred to (三调联动): they are exported
 * with codes of their own so that the province can count them as it decides, and none is lost.
 */
public enum ReportResult implements ReportCode {
    AGREED("01", "调解成功"),
    NO_AGREEMENT("02", "调解不成功"),
    WITHDRAWN("03", "终止调解（当事人撤回）"),
    REFUSED("04", "不予调解（当事人拒绝调解）"),
    REFERRED("05", "终止调解（移送有关部门处理）");

    private final String code;
    private final String label;

    ReportResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * @param conclusion one of {@link cn.jiyuan.mediation.cases.Conclusion#CONCLUDING}
     * @throws IllegalArgumentException for a status that concludes no case (the query exports concluded cases only)
     */
    public static ReportResult of(CaseStatus conclusion) {
        return switch (conclusion) {
            case AGREED -> AGREED;
            case NO_AGREEMENT -> NO_AGREEMENT;
            case WITHDRAWN -> WITHDRAWN;
            case REFUSED -> REFUSED;
            case REFERRED -> REFERRED;
            default -> throw new IllegalArgumentException("not a conclusion: " + conclusion);
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
