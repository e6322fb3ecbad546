package cn.jiyuan.mediation.cases;

/** Whether a party is a natural person or an organisation (legal person or other organisation). */
public enum PartyType {
    PERSON("自然人"),
    ORGANIZATION("法人或其他组织");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
