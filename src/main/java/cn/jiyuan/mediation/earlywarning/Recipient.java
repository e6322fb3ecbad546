package cn.jiyuan.mediation.earlywarning;

/**
 * A recipient of warnings: e-mail address and the organization's name. Kept in process variables as
 * {@code email|name} strings (plain strings: the multi-instance element of the mail tasks).
 */
public record Recipient(String email, String name) {

    public String encode() {
        return email + "|" + (name == null ? "" : name);
    }

    public static Recipient decode(String encoded) {
        int bar = encoded.indexOf('|');
        if (bar < 0) {
            return new Recipient(encoded.trim(), null);
        }
        String name = encoded.substring(bar + 1);
        return new Recipient(encoded.substring(0, bar).trim(), name.isBlank() ? null : name);
    }
}
