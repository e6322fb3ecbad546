package cn.jiyuan.mediation.cases;

/** Who represents an organisation: a legal person's legal representative or another organisation's principal. */
public enum RepresentativeTitle {
    LEGAL_REPRESENTATIVE("法定代表人"),
    PRINCIPAL("主要负责人");

    private final String label;

    RepresentativeTitle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
