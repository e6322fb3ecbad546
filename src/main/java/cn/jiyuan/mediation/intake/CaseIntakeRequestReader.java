package cn.jiyuan.mediation.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;

/**
 * Reads and validates the JSON of POST /api/cases. Works on the JSON tree rather than a bound object so
 * that a value of the wrong type is named like any other bad field, and collects every problem before
 * answering: the client learns about all bad fields at once ({@code parties[1].idNumber} style paths).
 */
@Component
public class CaseIntakeRequestReader {

    static final int SUMMARY_MAX = 2000;
    static final int NAME_MAX = 50;
    static final int REFERENCE_MAX = 100;
    static final int PARTIES_MAX = 100;
    static final int PEOPLE_MAX = 1_000_000;
    static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999999.99");
    static final int INDICATORS_MAX = 50;
    /** Beyond this many digits before or after the decimal point a number is refused before any arithmetic. */
    static final int DIGITS_MAX = 20;
    static final String REQUIRED = "必填";
    static final Set<String> FIELDS = Set.of("channel", "category", "summary", "townCode", "villageCode", "parties",
            "peopleInvolved", "amountInvolved", "enterpriseRelated", "referralReference", "riskIndicators");
    static final Set<String> PARTY_FIELDS = Set.of("name", "role", "phone", "idNumber", "consent", "townCode",
            "villageCode");

    private final OrganizationRepository registry;

    public CaseIntakeRequestReader(OrganizationRepository registry) {
        this.registry = registry;
    }

    /** @throws InvalidRequestException naming every bad field */
    public CaseIntakeRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("(body)", "请求体必须是 JSON 对象")));
        }
        Fields f = new Fields();
        f.unknown(body, "", FIELDS);
        IntakeChannel channel = f.code(body, "channel", "channel", IntakeChannel.class, "案件来源", true);
        DisputeCategory category = f.code(body, "category", "category", DisputeCategory.class, "纠纷类型", true);
        String summary = f.text(body, "summary", "summary", SUMMARY_MAX, true, true);
        String townCode = f.text(body, "townCode", "townCode", 32, true);
        String villageCode = f.text(body, "villageCode", "villageCode", 32, false);
        OrgUnit town = townCode == null ? null : town(f, "townCode", townCode);
        OrgUnit village = villageCode == null ? null : village(f, "villageCode", villageCode, townCode, town);

        List<PartyIntake> parties = parties(f, body, town == null ? null : townCode,
                town == null || (villageCode != null && village == null) ? null : villageCode);

        Integer people = f.wholeNumber(body, "peopleInvolved", PEOPLE_MAX);
        BigDecimal amount = f.amount(body, "amountInvolved");
        Boolean enterprise = f.bool(body, "enterpriseRelated", "enterpriseRelated");
        String reference = f.text(body, "referralReference", "referralReference", REFERENCE_MAX, false);
        if (channel != null && channel.isReferral() && reference == null && !f.has("referralReference")) {
            f.add("referralReference", "诉调对接、访调对接、警调对接的案件须填写转办文号");
        }
        Set<RiskIndicator> indicators = indicators(f, body);

        if (!f.errors.isEmpty()) {
            throw new InvalidRequestException(f.errors);
        }
        return new CaseIntakeRequest(channel, category, summary, townCode, villageCode, List.copyOf(parties),
                people == null ? parties.size() : people, amount, Boolean.TRUE.equals(enterprise), reference,
                indicators);
    }

    private List<PartyIntake> parties(Fields f, JsonNode body, String caseTown, String caseVillage) {
        JsonNode array = body.get("parties");
        if (array == null || array.isNull()) {
            f.add("parties", REQUIRED);
            return List.of();
        }
        if (!array.isArray()) {
            f.add("parties", "必须是数组");
            return List.of();
        }
        if (array.size() > PARTIES_MAX) {
            f.add("parties", "当事人不能超过" + PARTIES_MAX + "名");
            return List.of();
        }
        List<PartyIntake> parties = new ArrayList<>();
        Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        boolean everyRoleKnown = true;
        for (int i = 0; i < array.size(); i++) {
            String path = "parties[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                f.add(path, "必须是 JSON 对象");
                everyRoleKnown = false;
                continue;
            }
            f.unknown(node, path + ".", PARTY_FIELDS);
            String name = f.text(node, "name", path + ".name", NAME_MAX, true);
            PartyRole role = f.code(node, "role", path + ".role", PartyRole.class, "当事人角色", true);
            if (role == null) {
                everyRoleKnown = false;
            } else {
                roles.add(role);
            }
            String phone = f.text(node, "phone", path + ".phone", 20, false);
            if (phone != null && !PhoneNumberFormat.isValid(phone)) {
                f.add(path + ".phone", "电话号码格式不正确：应为11位手机号或带区号的固定电话（如0391-6612345）");
            }
            String idNumber = f.text(node, "idNumber", path + ".idNumber", 32, false);
            if (idNumber != null) {
                idNumber = ResidentIdNumber.normalize(idNumber);
                String problem = ResidentIdNumber.problem(idNumber, CaseTime.today());
                if (problem != null) {
                    f.add(path + ".idNumber", problem);
                }
            }
            Boolean consent = f.bool(node, "consent", path + ".consent");
            String townCode = f.text(node, "townCode", path + ".townCode", 32, false);
            String villageCode = f.text(node, "villageCode", path + ".villageCode", 32, false);
            OrgUnit town = townCode == null ? null : town(f, path + ".townCode", townCode);
            OrgUnit village = villageCode == null ? null
                    : village(f, path + ".villageCode", villageCode, townCode, town);
            String effectiveTown;
            String effectiveVillage;
            if (townCode == null && villageCode == null) {
                effectiveTown = caseTown;
                effectiveVillage = caseVillage;
            } else if (villageCode != null) {
                effectiveTown = village != null ? village.townCode() : townCode;
                effectiveVillage = villageCode;
            } else {
                effectiveTown = townCode;
                effectiveVillage = null;
            }
            parties.add(new PartyIntake(name, role, phone, idNumber, consent, effectiveTown, effectiveVillage));
        }
        if (everyRoleKnown && !roles.containsAll(EnumSet.allOf(PartyRole.class))) {
            f.add("parties", "至少需要一名申请人（APPLICANT）和一名被申请人（RESPONDENT）");
        }
        return parties;
    }

    private Set<RiskIndicator> indicators(Fields f, JsonNode body) {
        Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
        JsonNode array = body.get("riskIndicators");
        if (array == null || array.isNull()) {
            return indicators;
        }
        if (!array.isArray()) {
            f.add("riskIndicators", "必须是数组");
            return indicators;
        }
        if (array.size() > INDICATORS_MAX) {
            f.add("riskIndicators", "风险因素不能超过" + INDICATORS_MAX + "项");
            return indicators;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = "riskIndicators[" + i + "]";
            if (!node.isTextual()) {
                f.add(path, "必须是风险因素代码（字符串）");
                continue;
            }
            parse(RiskIndicator.class, node.asText().strip()).ifPresentOrElse(indicators::add,
                    () -> f.add(path, "未知的风险因素代码" + UserText.quote(node.asText())));
        }
        return indicators;
    }

    private OrgUnit town(Fields f, String path, String code) {
        Optional<OrgUnit> unit = registry.findUnit(code).filter(u -> u.level() == UnitLevel.TOWN);
        if (unit.isEmpty()) {
            f.add(path, "未知的镇（街道）代码" + UserText.quote(code));
        }
        return unit.orElse(null);
    }

    /** The village, if it exists and lies in the given town (when that town is known). */
    private OrgUnit village(Fields f, String path, String code, String townCode, OrgUnit town) {
        Optional<OrgUnit> unit = registry.findUnit(code).filter(u -> u.level() == UnitLevel.VILLAGE);
        if (unit.isEmpty()) {
            f.add(path, "未知的村（社区）代码" + UserText.quote(code));
            return null;
        }
        if (town != null && !town.code().equals(unit.get().townCode())) {
            f.add(path, "村（社区）" + code + "不属于镇（街道）" + townCode);
            return null;
        }
        return unit.get();
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        try {
            return Optional.of(Enum.valueOf(type, code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads typed values from JSON and collects the field errors. */
    private static final class Fields {

        final List<FieldError> errors = new ArrayList<>();

        void add(String path, String message) {
            errors.add(new FieldError(path, message));
        }

        boolean has(String path) {
            return errors.stream().anyMatch(e -> e.field().equals(path));
        }

        /** Names every field of the object that the request does not have (a typo would otherwise go unnoticed). */
        void unknown(JsonNode object, String prefix, Set<String> known) {
            object.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    boolean nameable = !UserText.quote(name).isEmpty();
                    add(nameable ? prefix + name : prefix.isEmpty() ? "(body)" : prefix.substring(0, prefix.length() - 1),
                            nameable ? "未知字段" : "含有未知字段");
                }
            });
        }

        String text(JsonNode parent, String name, String path, int max, boolean required) {
            return text(parent, name, path, max, required, false);
        }

        /** A trimmed string; null when absent, JSON null or blank (an error if required). */
        String text(JsonNode parent, String name, String path, int max, boolean required, boolean multiLine) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                if (required) {
                    add(path, REQUIRED);
                }
                return null;
            }
            if (!node.isTextual()) {
                add(path, "必须是字符串");
                return null;
            }
            String value = node.asText().strip();
            if (value.isEmpty()) {
                if (required) {
                    add(path, REQUIRED);
                }
                return null;
            }
            if (value.length() > max) {
                add(path, "不能超过" + max + "个字符（现有" + value.length() + "个）");
                return null;
            }
            String problem = UserText.problem(value, multiLine);
            if (problem != null) {
                add(path, problem);
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E code(JsonNode parent, String name, String path, Class<E> type, String what,
                                   boolean required) {
            String value = text(parent, name, path, 64, required);
            if (value == null) {
                return null;
            }
            Optional<E> code = parse(type, value);
            if (code.isEmpty()) {
                add(path, "未知的" + what + "代码" + UserText.quote(value));
            }
            return code.orElse(null);
        }

        Boolean bool(JsonNode parent, String name, String path) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isBoolean()) {
                add(path, "必须是 true 或 false");
                return null;
            }
            return node.booleanValue();
        }

        Integer wholeNumber(JsonNode parent, String name, int max) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (outOfRange(node, name)) {
                return null;
            }
            if (!node.isNumber() || node.decimalValue().stripTrailingZeros().scale() > 0) {
                add(name, "必须是整数");
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (value.signum() < 0) {
                add(name, "不能为负数");
                return null;
            }
            if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
                add(name, "不能超过" + max);
                return null;
            }
            return value.intValue();
        }

        BigDecimal amount(JsonNode parent, String name) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isNumber()) {
                add(name, "必须是数字（元）");
                return null;
            }
            if (outOfRange(node, name)) {
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (value.signum() < 0) {
                add(name, "不能为负数");
                return null;
            }
            if (value.stripTrailingZeros().scale() > 2) {
                add(name, "最多两位小数（元、角、分）");
                return null;
            }
            if (value.compareTo(AMOUNT_MAX) > 0) {
                add(name, "金额过大");
                return null;
            }
            return value.setScale(2);
        }

        /**
         * Refuses a number too large, too small or too precise to be meant ({@code 1e999999999}, {@code 1e-999999999},
         * a non-finite double) before any arithmetic on it, which could take very long or round it to 0.
         */
        private boolean outOfRange(JsonNode node, String name) {
            if (!node.isNumber()) {
                return false;
            }
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                add(name, "数值超出允许范围");
                return true;
            }
            BigDecimal value = node.decimalValue();
            long integerDigits = (long) value.precision() - value.scale();
            if (integerDigits > DIGITS_MAX || Math.abs(value.scale()) > DIGITS_MAX) {
                add(name, "数值超出允许范围");
                return true;
            }
            return false;
        }
    }
}
