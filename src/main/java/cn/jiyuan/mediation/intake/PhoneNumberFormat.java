package cn.jiyuan.mediation.intake;

import java.util.regex.Pattern;

/** Phone numbers accepted at intake: a mainland mobile number or a landline with its area code. */
public final class PhoneNumberFormat {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private PhoneNumberFormat() {
    }

    public static boolean isValid(String phone) {
        return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches();
    }
}
