package cn.jiyuan.mediation.typicalcase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiyuan.mediation.cases.PersonalDataMasking;

/**
 * Makes a typical case's write-up fit for publication, whatever its writer remembered to leave out: every party's
 * name (from case_party, and representatives) becomes surname+某 — also where only the given name is written —,
 * and phone numbers, ID numbers, licence plates and any other run of six or more digits (bank cards, QQ, house
 * numbers of a certificate) are removed. Shorter numbers stay: amounts (3万元, 2000元), dates and counts are the
 * substance of a case. The writer cannot opt out: the platform stores only the result.
 */
public final class WriteUpAnonymisation {

    /** What stands in for a removed number. */
    static final String REMOVED = "××";

    /** Compound surnames keep both characters (欧阳某, not 欧某). */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延",
            "万俟", "闻人", "澹台", "公冶", "申屠", "太史", "钟离", "濮阳", "第五");
    /** What the platform's masking left of a phone or ID number (138****1234, 410881********1234). */
    private static final Pattern MASKED_NUMBER = Pattern.compile("[0-9]*\\*{2,}[0-9Xx]*");
    /** Six or more digits, also written in groups with spaces or dashes (6222 0210 0112 3456). */
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){5,}(?![0-9])");
    /** Vehicle licence plates (豫U12345, 豫U·D12345). */
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][·.]?[A-Za-z0-9]{5,6}");

    private WriteUpAnonymisation() {
    }

    /** @param names the parties' names (and their representatives'); blanks and one-character names are ignored */
    public static String anonymise(String text, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String out = PersonalDataMasking.text(text);
        out = MASKED_NUMBER.matcher(out).replaceAll(REMOVED);
        out = PLATE.matcher(out).replaceAll(REMOVED);
        out = LONG_DIGITS.matcher(out).replaceAll(REMOVED);
        for (Map.Entry<String, String> r : replacements(names).entrySet()) {
            out = out.replace(r.getKey(), r.getValue());
        }
        return out;
    }

    /** surname+某 for a name: 王大山 → 王某, 欧阳春 → 欧阳某. */
    public static String masked(String name) {
        String n = name.strip();
        String surname = surname(n);
        return surname.length() > 1 ? surname + "某" : PersonalDataMasking.name(n);
    }

    private static String surname(String name) {
        return name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? name.substring(0, 2)
                : name.substring(0, 1);
    }

    /**
     * Full names first, then given names of two or more characters (大山 for 王大山), each longest first so that
     * 王大山 is not half-replaced by 王大 or 大山; a given name that is itself another party's full name is left to
     * that name.
     */
    private static Map<String, String> replacements(Collection<String> names) {
        List<String> full = new ArrayList<>();
        for (String name : names) {
            if (name != null && name.strip().length() > 1 && !full.contains(name.strip())) {
                full.add(name.strip());
            }
        }
        full.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> replacements = new LinkedHashMap<>();
        full.forEach(n -> replacements.put(n, masked(n)));
        List<String> given = new ArrayList<>();
        for (String n : full) {
            String rest = n.substring(surname(n).length());
            if (rest.length() > 1 && !replacements.containsKey(rest) && !given.contains(rest)) {
                given.add(rest);
                // the surname is known: 大山 → 王某
                replacements.put(rest, masked(n));
            }
        }
        return replacements;
    }
}
