package cn.jiyuan.mediation.rules;

/** Where an example of a rule test comes from. */
public enum ExampleSource {
    /** The table kept with the project (src/main/resources/rules): what every version must still decide. */
    PROJECT("项目样例"),
    /** The supervisor's own examples, uploaded with the new version: what the change is meant to decide. */
    UPLOADED("上传的样例");

    private final String label;

    ExampleSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
