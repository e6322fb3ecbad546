package cn.jiyuan.mediation.cases;

import java.util.List;
import java.util.Optional;

/**
 * The 56 ethnic groups (民族) with their GB/T 3304 codes: "01" 汉族 ... "56" 基诺族, in the standard's order. The code
 * is what is stored (case_party.ethnicity) and what the forms' select submits; the name is what is printed.
 */
public final class Ethnicity {

    private static final List<String> NAMES = List.of(
            "汉族",
            "蒙古族",
            "回族",
            "藏族",
            "维吾尔族",
            "苗族",
            "彝族",
            "壮族",
            "布依族",
            "朝鲜族",
            "满族",
            "侗族",
            "瑶族",
            "白族",
            "土家族",
            "哈尼族",
            "哈萨克族",
            "傣族",
            "黎族",
            "傈僳族",
            "佤族",
            "畲族",
            "高山族",
            "拉祜族",
            "水族",
            "东乡族",
            "纳西族",
            "景颇族",
            "柯尔克孜族",
            "土族",
            "达斡尔族",
            "仫佬族",
            "羌族",
            "布朗族",
            "撒拉族",
            "毛南族",
            "仡佬族",
            "锡伯族",
            "阿昌族",
            "普米族",
            "塔吉克族",
            "怒族",
            "乌孜别克族",
            "俄罗斯族",
            "鄂温克族",
            "德昂族",
            "保安族",
            "裕固族",
            "京族",
            "塔塔尔族",
            "独龙族",
            "鄂伦春族",
            "赫哲族",
            "门巴族",
            "珞巴族",
            "基诺族");

    private Ethnicity() {
    }

    /** Every code in the standard's order ("01" … "56"). */
    public static List<String> codes() {
        return java.util.stream.IntStream.rangeClosed(1, NAMES.size()).mapToObj(n -> String.format("%02d", n)).toList();
    }

    /** The name of a code ("01" → 汉族), if it is one of the 56. */
    public static Optional<String> name(String code) {
        if (code == null || !code.matches("[0-9]{2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(code);
        return n >= 1 && n <= NAMES.size() ? Optional.of(NAMES.get(n - 1)) : Optional.empty();
    }
}
