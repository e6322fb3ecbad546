package cn.jiyuan.mediation.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;

/**
 * What a ledger request asks for: the filter, a page and an order. Read from the query parameters with every bad
 * one named in Chinese; a code the registry or the code lists do not know is an error, not an empty ledger.
 */
public record LedgerRequest(LedgerFilter filter, int page, int size, LedgerSort sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    static final int MAX_TEXT = 50;

    /** Reads the parameters ({@code from}, {@code to}, {@code townCode}, … {@code page}, {@code size}, {@code sort}). */
    public static LedgerRequest of(Map<String, String> parameters, OrganizationRepository registry) {
        List<FieldError> errors = new ArrayList<>();
        LedgerFilter filter = filter(parameters, registry, errors);
        int page = FilterParameters.number("page", parameters.get("page"), 0, 0, 100_000, errors);
        int size = FilterParameters.number("size", parameters.get("size"), DEFAULT_SIZE, 1, MAX_SIZE, errors);
        LedgerSort sort = sort(parameters.get("sort"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new LedgerRequest(filter, page, size, sort);
    }

    /** Only the filter (and the order): what an export of every matching row needs. */
    public static LedgerFilter filterOf(Map<String, String> parameters, OrganizationRepository registry) {
        List<FieldError> errors = new ArrayList<>();
        LedgerFilter filter = filter(parameters, registry, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return filter;
    }

    /** The order of {@code sort=field,asc|desc}; {@link LedgerSort#DEFAULT} when absent. */
    public static LedgerSort sortOf(String value) {
        List<FieldError> errors = new ArrayList<>();
        LedgerSort sort = sort(value, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return sort;
    }

    private static LedgerFilter filter(Map<String, String> p, OrganizationRepository registry, List<FieldError> errors) {
        var from = FilterParameters.date("from", p.get("from"), errors);
        var to = FilterParameters.date("to", p.get("to"), errors);
        FilterParameters.ordered(from, to, errors);
        String town = FilterParameters.town("townCode", p.get("townCode"), registry, errors);
        String committee = committee(p.get("committeeCode"), registry, errors);
        DisputeCategory category = FilterParameters.code("category", p.get("category"), DisputeCategory.class,
                DisputeCategory::label, "纠纷类型", errors);
        IntakeChannel channel = FilterParameters.code("channel", p.get("channel"), IntakeChannel.class,
                IntakeChannel::label, "案件来源", errors);
        CaseStatus status = FilterParameters.code("status", p.get("status"), CaseStatus.class, CaseStatus::label,
                "案件状态", errors);
        RiskLevel risk = FilterParameters.code("riskLevel", p.get("riskLevel"), RiskLevel.class, RiskLevel::label,
                "风险等级", errors);
        HandlingLevel level = FilterParameters.code("handlingLevel", p.get("handlingLevel"), HandlingLevel.class,
                HandlingLevel::label, "办理层级", errors);
        Boolean overdue = FilterParameters.bool("overdue", p.get("overdue"), errors);
        String text = text(p.get("q"), errors);
        CommitteeType committeeType = FilterParameters.code("committeeType", p.get("committeeType"),
                CommitteeType.class, CommitteeType::label, "调解组织类型", errors);
        ReferralKind referralKind = FilterParameters.code("referralKind", p.get("referralKind"), ReferralKind.class,
                ReferralKind::label, "移送类别", errors);
        ReferralOutcome referralOutcome = FilterParameters.code("referralOutcome", p.get("referralOutcome"),
                ReferralOutcome.class, ReferralOutcome::label, "移送结果", errors);
        return new LedgerFilter(from, to, town, committee, category, channel, status, risk, level, overdue, text,
                committeeType, referralKind, referralOutcome);
    }

    private static String committee(String value, OrganizationRepository registry, List<FieldError> errors) {
        if (FilterParameters.blank(value)) {
            return null;
        }
        String code = value.strip();
        if (registry.findCommittee(code).isEmpty()) {
            errors.add(new FieldError("committeeCode", "没有代码为" + UserText.quote(code) + "的人民调解委员会"));
            return null;
        }
        return code;
    }

    private static String text(String value, List<FieldError> errors) {
        if (FilterParameters.blank(value)) {
            return null;
        }
        String text = value.strip();
        String problem = UserText.problem(text, false);
        if (problem != null) {
            errors.add(new FieldError("q", problem));
            return null;
        }
        if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "搜索内容不能超过" + MAX_TEXT + "个字符"));
            return null;
        }
        return text;
    }

    private static LedgerSort sort(String value, List<FieldError> errors) {
        if (FilterParameters.blank(value)) {
            return LedgerSort.DEFAULT;
        }
        String[] parts = value.strip().split(",", -1);
        LedgerSort.Field field = null;
        for (LedgerSort.Field f : LedgerSort.Field.values()) {
            if (f.parameter().equals(parts[0].strip())) {
                field = f;
            }
        }
        String direction = parts.length > 1 ? parts[1].strip() : "asc";
        if (field == null || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            errors.add(new FieldError("sort", "排序应为“字段,asc”或“字段,desc”，字段可选：" + LedgerSort.Field.names()));
            return LedgerSort.DEFAULT;
        }
        return new LedgerSort(field, direction.equals("asc"));
    }
}
