package cn.jiyuan.mediation.cases;

/** Masks personal data wherever it is shown to more people than need it (API reads, e-mails). */
public final class PersonalDataMasking {

    private PersonalDataMasking() {
    }

    /** {@code 13812341234} → {@code 138****1234}; short numbers are hidden completely. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** {@code 410881199001011234} → {@code 410881********1234} (region kept, birth date hidden). */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() < 11) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }
}
