package cn.jiyuan.mediation.cases;

import cn.jiyuan.mediation.organization.ContactOrganization;

/**
 * Where a committee refers a case it should not or cannot mediate (三调联动, the notice's 二 and 三(四)): to a court
 * (诉调对接: litigation or the court's own mediation), to the police when it turns criminal (警调对接), to the petition
 * office (访调对接), or to the government department whose administrative mediation it needs (行政调解). The receiving
 * unit is a contact of the registry of the matching {@link ContactOrganization}.
 */
public enum ReferralKind {
    COURT("诉调对接", "人民法院", ContactOrganization.COURT),
    POLICE("警调对接", "公安机关", ContactOrganization.POLICE_STATION),
    PETITION("访调对接", "信访部门", ContactOrganization.PETITION_OFFICE),
    ADMINISTRATIVE("行政调解", "行政机关", ContactOrganization.ADMINISTRATIVE_DEPARTMENT);

    private final String label;
    private final String receiver;
    private final ContactOrganization organization;

    ReferralKind(String label, String receiver, ContactOrganization organization) {
        this.label = label;
        this.receiver = receiver;
        this.organization = organization;
    }

    /** 诉调对接, 警调对接, 访调对接, 行政调解. */
    public String label() {
        return label;
    }

    /** Who receives it, in general: 人民法院, 公安机关, 信访部门, 行政机关. */
    public String receiver() {
        return receiver;
    }

    /** What the form offers: 移送人民法院（诉调对接）. */
    public String choice() {
        return "移送" + receiver + "（" + label + "）";
    }

    /** The registry's contacts that may receive it. */
    public ContactOrganization organization() {
        return organization;
    }
}
