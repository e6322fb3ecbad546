package cn.jiyuan.mediation.screening.report;

import java.math.BigDecimal;
import java.util.List;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.intake.PhoneNumber;
import cn.jiyuan.mediation.platform.request.Code;
import cn.jiyuan.mediation.platform.request.Money;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WholeNumber;
import cn.jiyuan.mediation.platform.request.WrongType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * The report form ({@code forms/screening-report.form}) as submitted, read by {@link Requests}: the zero-report
 * box, the dynamic list of disputes found (a row left empty is null and skipped) and the risks noticed. The
 * rules across fields (a zero report has nothing else; a dispute resolved on the spot says how) are checked by
 * {@link ReportSubmissionReader}.
 */
public record ReportSubmissionRequest(
        @WrongType("应勾选或不勾选") Boolean zeroReport,
        @WrongType(value = "矛盾纠纷列表无法读取", list = "矛盾纠纷应为列表")
        @Size(max = MAX_DISPUTES, message = "一次最多报告" + MAX_DISPUTES + "件矛盾纠纷")
        List<@Valid Dispute> disputes,
        @WrongType("应为文字") @Text(max = MAX_RISKS, multiLine = true, tooLong = "风险隐患不能超过" + MAX_RISKS + "字")
        String risks) {

    static final int MAX_DISPUTES = 50;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 50;
    static final int MAX_RISKS = 4000;

    public ReportSubmissionRequest {
        risks = Requests.text(risks);
    }

    /** One row of the dynamic list; amount, enterprise and risk indicators count only for a case to register. */
    public record Dispute(
            @WrongType("应为文字") @Text(max = MAX_TEXT, required = true, multiLine = true, missing = "请填写纠纷简要情况",
                    tooLong = "纠纷简要情况不能超过" + MAX_TEXT + "字") String description,
            @WrongType("应为文字") @Code(type = DisputeCategory.class, label = "纠纷类型", required = true,
                    missing = "请选择纠纷类型") String category,
            @WrongType("涉及人数应为整数") @WholeNumber(max = 1_000_000)
            @DecimalMin(value = "1", message = "涉及人数至少为1") BigDecimal peopleInvolved,
            @WrongType("应为文字") @Text(max = MAX_NAME, required = true, missing = "请填写申请人姓名",
                    tooLong = "申请人姓名不能超过" + MAX_NAME + "字") String applicantName,
            @WrongType("应为文字") @PhoneNumber String applicantPhone,
            @WrongType("应为文字") @Text(max = MAX_NAME, required = true, missing = "请填写被申请人姓名",
                    tooLong = "被申请人姓名不能超过" + MAX_NAME + "字") String respondentName,
            @WrongType("应为文字") @PhoneNumber String respondentPhone,
            @WrongType("应为文字") @Code(type = Handling.class, label = "处理方式", required = true,
                    missing = "请选择处理方式（当场化解或登记为案件）",
                    unknown = "请选择处理方式（当场化解或登记为案件）") String handling,
            @WrongType("应为文字") @Text(max = MAX_TEXT, multiLine = true,
                    tooLong = "化解情况不能超过" + MAX_TEXT + "字") String resolution,
            @WrongType("涉及金额应为数字（元）") @Money(max = "9999999999999.99") BigDecimal amountInvolved,
            @WrongType("应勾选或不勾选") Boolean enterpriseRelated,
            @WrongType(value = "应为风险因素代码", list = "风险因素应为列表")
            List<@Code(type = RiskIndicator.class, label = "风险因素", required = true, missing = "应为风险因素代码",
                    asText = false) String> riskIndicators) {

        public Dispute {
            description = Requests.text(description);
            category = Requests.text(category);
            applicantName = Requests.text(applicantName);
            applicantPhone = Requests.text(applicantPhone);
            respondentName = Requests.text(respondentName);
            respondentPhone = Requests.text(respondentPhone);
            handling = Requests.text(handling);
            resolution = Requests.text(resolution);
            riskIndicators = riskIndicators == null ? null
                    : riskIndicators.stream().map(code -> code == null ? null : code.strip()).toList();
        }
    }
}
