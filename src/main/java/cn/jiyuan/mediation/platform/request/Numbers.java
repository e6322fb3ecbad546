package cn.jiyuan.mediation.platform.request;

import java.math.BigDecimal;

/** Checks shared by the number constraints. */
final class Numbers {

    /** Beyond this many digits before or after the decimal point a number is refused before any arithmetic. */
    static final int DIGITS_MAX = 20;

    private Numbers() {
    }

    /**
     * Refuses a number too large, too small or too precise to be meant ({@code 1e999999999}, {@code 1e-999999999})
     * before any arithmetic on it, which could take very long or round it to 0.
     */
    static String outOfRange(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits > DIGITS_MAX || Math.abs((long) value.scale()) > DIGITS_MAX ? "数值超出允许范围" : null;
    }
}
