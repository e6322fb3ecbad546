package cn.jiyuan.mediation.rules;

import java.util.function.Supplier;

import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

/** The checks of what a supervisor sends with a new version, for /api/rules and the Cockpit page alike. */
final class RuleRequests {

    static final int MAX_REASON = 500;
    static final int MAX_FILE_NAME = 200;

    private RuleRequests() {
    }

    static RuleSet ruleSet(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("ruleSet", "请选择要修改的规则：" + RuleSet.choices());
            return null;
        }
        RuleSet set = RuleSet.of(code.strip()).orElse(null);
        if (set == null) {
            errors.add("ruleSet", "只能是 " + RuleSet.choices());
        }
        return set;
    }

    /** The DMN file's content, or null (named in errors) when it is missing or too large or its name is not plain. */
    static byte[] dmnFile(String fileName, byte[] content, FieldErrors errors) {
        if (content == null || content.length == 0) {
            errors.add("file", "请上传规则文件（.dmn）");
            return null;
        }
        String problem = fileName == null || fileName.isBlank() ? "上传的文件须有文件名（.dmn）"
                : fileName.length() > MAX_FILE_NAME ? "文件名不能超过" + MAX_FILE_NAME + "个字符"
                : UserText.problem(fileName, false);
        if (problem != null) {
            errors.add("file", "文件名有误：" + problem);
            return null;
        }
        if (content.length > RuleFileCheck.MAX_BYTES) {
            errors.add("file", "规则文件不能超过1MB");
            return null;
        }
        return content;
    }

    static byte[] examplesFile(byte[] content, FieldErrors errors) {
        if (content == null || content.length == 0) {
            return null;
        }
        if (content.length > RuleFileCheck.MAX_BYTES) {
            errors.add("examples", "样例表不能超过1MB");
            return null;
        }
        return content;
    }

    static String reason(String reason, String missing, FieldErrors errors) {
        String text = Requests.text(reason);
        if (text == null) {
            errors.add("reason", missing);
        } else if (text.length() > MAX_REASON) {
            errors.add("reason", "不能超过" + MAX_REASON + "个字符");
        } else if (UserText.problem(text, true) != null) {
            errors.add("reason", UserText.problem(text, true));
        }
        return text;
    }

    /** A version number as sent (1 to 9999999), or null. */
    static Integer version(String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{0,6}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    /**
     * An optional version number sent in {@code field}: null when not sent, otherwise the number, or null with the
     * field named in errors when it is not one.
     */
    static Integer optionalVersion(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Integer n = version(text);
        if (n == null) {
            errors.add(field, "应为版本号（正整数）");
        }
        return n;
    }

    /** The rule set and files of a new version, checked; each problem is named in errors under its field. */
    record NewVersion(RuleSet set, String fileName, byte[] dmn, byte[] examples) {
    }

    /**
     * Checks the rule set, then the DMN file, then the examples, in this order (the order of the errors). The
     * contents are read through suppliers so that a problem met while reading one is named before the next is read.
     */
    static NewVersion upload(String ruleSet, String fileName, Supplier<byte[]> dmn, Supplier<byte[]> examples,
                         FieldErrors errors) {
        RuleSet set = ruleSet(ruleSet, errors);
        String name = baseName(fileName);
        byte[] xml = dmnFile(name, dmn.get(), errors);
        byte[] csv = examplesFile(examples.get(), errors);
        return new NewVersion(set, name, xml, csv);
    }

    /** The file's own name, without a path a browser may send. */
    static String baseName(String fileName) {
        return fileName == null ? null : fileName.replaceAll("^.*[/\\\\]", "");
    }
}
