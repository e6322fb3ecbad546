package cn.jiyuan.mediation.cases;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data wherever it is shown to more people than need it (README "安全与个人信息保护"): API reads
 * by those who do not handle the case, e-mails, forms of supervisors out of scope, logs.
 */
public final class PersonalDataMasking {

    /** Resident ID numbers: 18 characters (the last may be X), also written in groups; and the old 15 digits. */
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9])([1-9][0-9]{5} ?[0-9]{4} ?[0-9]{4} ?[0-9]{3}[0-9Xx]|[1-9][0-9]{14})(?![0-9A-Za-z])");
    /** Mobile numbers with or without +86 and with spaces or dashes between the groups (138 1234 5678). */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])((?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?![0-9])");
    /** Landlines with area code: 0391-6612345, (0391)6612345, 0391 6612345. */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(\\(?0[0-9]{2,3}\\)?[ -]?[0-9]{7,8})(?![0-9])");

    private PersonalDataMasking() {
    }

    /** {@code 13812341234} → {@code 138****1234}; short numbers are hidden completely. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() < 8) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** {@code 410881199001011234} → {@code 410881********1234} (region kept, birth date hidden). */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String compact = idNumber.replace(" ", "");
        if (compact.length() < 11) {
            return "*".repeat(compact.length());
        }
        return compact.substring(0, 6) + "*".repeat(compact.length() - 10) + compact.substring(compact.length() - 4);
    }

    /** {@code 王大山} → {@code 王某}: the usual form of a name in published or forwarded texts. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        return trimmed.length() <= 1 ? "某" : trimmed.substring(0, 1) + "某";
    }

    /** Masks phone and ID numbers written into free text, in any of their usual spellings. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(ID_NUMBER.matcher(text), PersonalDataMasking::idNumber);
        masked = replace(MOBILE.matcher(masked), PersonalDataMasking::phone);
        return replace(LANDLINE.matcher(masked), PersonalDataMasking::phone);
    }

    /** As {@link #text(String)}, and the given names (the parties') written into it become 王某. */
    public static String text(String text, java.util.Collection<String> names) {
        String masked = text(text);
        for (String name : names) {
            if (masked != null && name != null && name.strip().length() > 1) {
                masked = masked.replace(name.strip(), name(name));
            }
        }
        return masked;
    }

    private static String replace(Matcher m, Function<String, String> mask) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
