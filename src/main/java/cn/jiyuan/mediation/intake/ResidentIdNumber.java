package cn.jiyuan.mediation.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identification number of GB 11643-1999: a 6-digit address code, the birth date
 * (yyyyMMdd), a 3-digit sequence and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

    private ResidentIdNumber() {
    }

    /** Upper-cases a final x; otherwise returns the number unchanged. */
    public static String normalize(String number) {
        return number.toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** @return null when valid, otherwise what is wrong (Chinese, for the API's field errors) */
    public static String problem(String number, LocalDate today) {
        if (number.length() != 18 || !number.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(number.charAt(17)) || number.charAt(17) == 'X')) {
            return "身份证号码应为18位：前17位为数字，末位为数字或X";
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return "身份证号码中的出生日期无效";
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return "身份证号码中的出生日期无效";
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return "身份证号码校验位不正确";
        }
        return null;
    }
}
