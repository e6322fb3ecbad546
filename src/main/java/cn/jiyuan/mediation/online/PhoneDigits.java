package cn.jiyuan.mediation.online;

/**
 * A phone number as digits only, the way a person may type it differently each time (138 1234 5678, 138-1234-5678,
 * +86 13812345678, 0391-6612345): what is compared and counted.
 */
final class PhoneDigits {

    private PhoneDigits() {
    }

    static String of(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("86") && digits.length() == 13 && digits.charAt(2) == '1') {
            digits = digits.substring(2);
        }
        return digits;
    }
}
