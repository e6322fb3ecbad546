package cn.jiyuan.mediation.documents;

import java.time.LocalDate;

/**
 * Dates and small numbers as Chinese documents print them; offered to the templates as {@code #zh}
 * (see {@link DocumentDialect}), e.g. {@code ${#zh.date(agreementDate)}}.
 */
public final class ChineseNumerals {

    private static final char[] DIGITS = {'〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'};

    /** {@code 2026-11-28} → {@code 二〇二六年十一月二十八日}, as the date under a signature. */
    public String date(LocalDate date) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            sb.append(DIGITS[c - '0']);
        }
        return sb.append('年').append(number(date.getMonthValue())).append('月')
                .append(number(date.getDayOfMonth())).append('日').toString();
    }

    /** {@code 2026-12-31} → {@code 2026年12月31日}, as dates inside the text. */
    public String arabicDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 31 → 三十一 (0–99). */
    public String number(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("n: must be 0-99 but was " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS[n]);
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS[tens])) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS[ones]));
    }
}
