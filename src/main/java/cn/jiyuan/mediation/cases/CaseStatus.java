package cn.jiyuan.mediation.cases;

/** Status of a case (案件状态). The lifecycle (hand-over, follow-up, archive) adds its own states. */
public enum CaseStatus {
    /** 受理登记: registered, mediation to be started by the handling committee. */
    REGISTERED("已受理"),
    /** 当事人拒绝调解 (人民调解法第十七条): ended with guidance to other routes. */
    REFUSED("当事人拒绝调解"),
    /** 调解成功: a written or oral agreement was reached ({@code outcome} tells which). */
    AGREED("调解成功"),
    /** 调解不成. */
    NO_AGREEMENT("调解不成"),
    /** 撤回. */
    WITHDRAWN("已撤回"),
    /** 移交上一级调委会 (village → town → city centre; industry → city centre); mediation goes on there. */
    HANDED_OVER("已移交上级"),
    /** 经双方当事人同意延长调解期限. */
    DEADLINE_EXTENDED("已延期"),
    /** 回访发现反弹，重新调解 (risk raised). */
    REOPENED("反弹重新调解"),
    /**
     * 移送: referred to a court, the police, a petition office or a government department (三调联动); the case waits
     * for the receiving unit's answer, its mediation suspended.
     */
    REFERRED_OUT("已移送，待回复"),
    /** 移送有关部门处理: the receiving unit took the referred case over; its people's mediation ends (concluding). */
    REFERRED("移送有关部门处理"),
    /** 移送退回: the receiving unit returned or declined the referred case; the committee's mediation goes on. */
    REFERRAL_RETURNED("移送退回，继续调解"),
    /** 结案归档: the case file is complete. */
    CLOSED("已结案归档");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
