package cn.jiyuan.mediation.organization;

/** A town's justice office (司法所), which supervises the town's mediation committees. */
public record JusticeOffice(String code, String name, String townCode, String email) {

    /** The Camunda group of the office's staff. */
    public String groupId() {
        return "justice-office-" + townCode;
    }
}
