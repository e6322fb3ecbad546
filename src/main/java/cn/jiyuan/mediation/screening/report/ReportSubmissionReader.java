package cn.jiyuan.mediation.screening.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.intake.PhoneNumberFormat;

/**
 * Reads and checks the report form's variables: {@code zeroReport} (checkbox), {@code disputes} (the
 * dynamic list; Tasklist submits it as a JSON variable, other clients may send a JSON string or a list of
 * maps) and {@code risks}. Every problem is named, in Chinese, for Tasklist.
 */
@Component
public class ReportSubmissionReader {

    static final int MAX_DISPUTES = 50;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 50;
    static final int MAX_RISKS = 4000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final ObjectMapper json;

    public ReportSubmissionReader(ObjectMapper json) {
        this.json = json;
    }

    public ReportSubmission read(Map<String, Object> variables) {
        List<String> problems = new ArrayList<>();
        boolean zero = Boolean.TRUE.equals(variables.get("zeroReport"))
                || "true".equalsIgnoreCase(String.valueOf(variables.get("zeroReport")));
        String risks = blankToNull(variables.get("risks"));
        List<FoundDispute> disputes = disputes(variables.get("disputes"), problems);
        if (zero && (!disputes.isEmpty() || risks != null)) {
            problems.add("零报告不能同时填写矛盾纠纷或风险隐患");
        }
        if (!zero && disputes.isEmpty() && risks == null && problems.isEmpty()) {
            problems.add("请勾选零报告，或填写发现的矛盾纠纷、风险隐患");
        }
        if (risks != null && risks.length() > MAX_RISKS) {
            problems.add("风险隐患不能超过" + MAX_RISKS + "字");
        }
        if (!problems.isEmpty()) {
            throw new ScreeningReportRejected(problems);
        }
        return new ReportSubmission(zero, disputes, risks);
    }

    private List<FoundDispute> disputes(Object value, List<String> problems) {
        JsonNode list = toJson(value, problems);
        List<FoundDispute> disputes = new ArrayList<>();
        if (list == null || list.isNull() || list.isMissingNode()) {
            return disputes;
        }
        if (!list.isArray()) {
            problems.add("矛盾纠纷应为列表");
            return disputes;
        }
        int n = 0;
        for (JsonNode item : list) {
            if (isBlankItem(item)) {
                continue; // an empty row left in the form's list
            }
            FoundDispute d = dispute(item, ++n, problems);
            if (d != null) {
                disputes.add(d);
            }
        }
        if (n > MAX_DISPUTES) {
            problems.add("一次最多报告" + MAX_DISPUTES + "件矛盾纠纷");
        }
        return disputes;
    }

    private FoundDispute dispute(JsonNode item, int n, List<String> problems) {
        Item i = new Item(item, "第" + n + "件矛盾纠纷：", problems);
        int before = problems.size();
        String description = i.text("description", "纠纷简要情况", MAX_TEXT, true);
        DisputeCategory category = i.code("category", DisputeCategory.class, "请选择纠纷类型");
        String applicant = i.text("applicantName", "申请人姓名", MAX_NAME, true);
        String applicantPhone = i.phone("applicantPhone", "申请人电话");
        String respondent = i.text("respondentName", "被申请人姓名", MAX_NAME, true);
        String respondentPhone = i.phone("respondentPhone", "被申请人电话");
        Integer people = i.wholeNumber("peopleInvolved", "涉及人数", 1_000_000);
        Handling handling = i.code("handling", Handling.class, "请选择处理方式（当场化解或登记为案件）");
        String resolution = i.text("resolution", "化解情况", MAX_TEXT, handling == Handling.ON_THE_SPOT);
        boolean toRegister = handling == Handling.REGISTER_CASE;
        BigDecimal amount = toRegister ? i.amount("amountInvolved", "涉及金额") : null;
        boolean enterprise = toRegister && i.bool("enterpriseRelated");
        Set<RiskIndicator> indicators = toRegister ? i.indicators("riskIndicators") : EnumSet.noneOf(RiskIndicator.class);
        if (problems.size() > before) {
            return null;
        }
        return new FoundDispute(description, category, applicant, applicantPhone, respondent, respondentPhone,
                people, handling, handling == Handling.ON_THE_SPOT ? resolution : null, amount, enterprise,
                indicators);
    }

    /** One item of the dynamic list, and the problems found in it. */
    private record Item(JsonNode node, String at, List<String> problems) {

        String text(String field, String label, int max, boolean required) {
            String value = raw(field);
            if (value == null && required) {
                problems.add(at + "请填写" + label);
            } else if (value != null && value.length() > max) {
                problems.add(at + label + "不能超过" + max + "字");
            }
            return value;
        }

        String phone(String field, String label) {
            String value = raw(field);
            if (value != null && !PhoneNumberFormat.isValid(value)) {
                problems.add(at + label + "格式不正确（11位手机号或带区号的固定电话）");
            }
            return value;
        }

        <E extends Enum<E>> E code(String field, Class<E> type, String problem) {
            String value = raw(field);
            try {
                return Enum.valueOf(type, value == null ? "" : value);
            } catch (IllegalArgumentException e) {
                problems.add(at + problem);
                return null;
            }
        }

        Integer wholeNumber(String field, String label, int max) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value);
                int n = number.intValueExact();
                if (n >= 1 && n <= max) {
                    return n;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            problems.add(at + label + "应为正整数");
            return null;
        }

        BigDecimal amount(String field, String label) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0 && amount.scale() <= 2) {
                    return amount;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(at + label + "应为不超过两位小数的非负数");
            return null;
        }

        boolean bool(String field) {
            JsonNode v = node.get(field);
            return v != null && (v.asBoolean(false) || "true".equalsIgnoreCase(v.asText()));
        }

        Set<RiskIndicator> indicators(String field) {
            Set<RiskIndicator> set = EnumSet.noneOf(RiskIndicator.class);
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return set;
            }
            for (JsonNode code : v.isArray() ? v : List.of(v)) {
                try {
                    set.add(RiskIndicator.valueOf(code.asText().trim()));
                } catch (IllegalArgumentException e) {
                    problems.add(at + "未知的风险因素：" + code.asText());
                }
            }
            return set;
        }

        private String raw(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : blankToNull(v.asText());
        }
    }

    private JsonNode toJson(Object value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return json.valueToTree(value);
            }
            // A JSON variable (Spin), as Tasklist submits the dynamic list, or a JSON string.
            String text = value.toString();
            return text.isBlank() ? null : json.readTree(text);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add("矛盾纠纷列表无法读取");
            return null;
        }
    }

    private static boolean isBlankItem(JsonNode item) {
        if (!item.isObject()) {
            return false;
        }
        for (JsonNode field : item) {
            if (!field.isNull() && !field.isBoolean() && !(field.isArray() && field.isEmpty())
                    && !field.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
