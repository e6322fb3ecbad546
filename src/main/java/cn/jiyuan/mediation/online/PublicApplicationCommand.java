package cn.jiyuan.mediation.online;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.PartyType;
import cn.jiyuan.mediation.intake.CaseIntakeCommand;
import cn.jiyuan.mediation.intake.PhoneNumber;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.request.Code;
import cn.jiyuan.mediation.platform.request.Money;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WrongType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * What a citizen sends from the page 掌上调解 ({@code POST /public/api/applications}): the dispute in plain words,
 * the place, the applicant and the other party, the applicant's wish, the two consents and the solved challenge. It
 * becomes the staff's {@link CaseIntakeCommand} (channel ONLINE, the applicant and the other party as the two
 * parties), which intake then checks by its own rules ({@link #intakeCommand()}); the problems intake finds are
 * named back with this request's fields ({@link #ownField}).
 */
public record PublicApplicationCommand(
        @Code(type = DisputeCategory.class, label = "纠纷类型", required = true, missing = "请选择纠纷类型") String category,
        @Text(max = 32, required = true, missing = "请选择镇（街道）") String townCode,
        @Text(max = 32) String villageCode,
        @Text(max = 50, required = true, missing = "请填写您的姓名") String applicantName,
        @Text(max = 20, required = true, missing = "请填写您的手机号码") @PhoneNumber String applicantPhone,
        @Code(type = PartyType.class, label = "对方是个人还是单位") String otherPartyType,
        @Text(max = 50, required = true, missing = "请填写对方的姓名或单位名称") String otherPartyName,
        @PhoneNumber String otherPartyPhone,
        @Text(max = 1000, required = true, multiLine = true, missing = "请简要说明发生了什么") String facts,
        @Text(max = 500, required = true, multiLine = true, missing = "请说明您希望怎样解决") String request,
        @WrongType("必须是数字（元）") @Money(max = "9999999999999.99") BigDecimal amountInvolved,
        @NotNull(message = "请阅读并同意申请人民调解") @AssertTrue(message = "请阅读并同意申请人民调解") Boolean consentToMediation,
        @NotNull(message = "请阅读并同意个人信息处理告知") @AssertTrue(message = "请阅读并同意个人信息处理告知")
        Boolean consentToPersonalData,
        @Text(max = 20, required = true, missing = "请刷新页面后重新提交") String privacyNoticeVersion,
        @Text(max = 200) String challenge,
        @Text(max = 20) String nonce) {

    /** The Chinese name of each field, as the page labels it (errors name it). */
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("category", "纠纷类型");
        LABELS.put("townCode", "镇（街道）");
        LABELS.put("villageCode", "村（社区）");
        LABELS.put("applicantName", "您的姓名");
        LABELS.put("applicantPhone", "您的手机号码");
        LABELS.put("otherPartyType", "对方是个人还是单位");
        LABELS.put("otherPartyName", "对方姓名或单位名称");
        LABELS.put("otherPartyPhone", "对方电话");
        LABELS.put("facts", "发生了什么");
        LABELS.put("request", "您希望怎样解决");
        LABELS.put("amountInvolved", "涉及金额");
        LABELS.put("consentToMediation", "同意申请调解");
        LABELS.put("consentToPersonalData", "个人信息处理告知");
        LABELS.put("privacyNoticeVersion", "个人信息处理告知");
        LABELS.put("challenge", "安全验证");
        LABELS.put("nonce", "安全验证");
        LABELS.put("(body)", "申请内容");
    }

    /** Intake's fields and the fields of this request that hold them. */
    private static final Map<String, String> OWN_FIELDS = Map.of(
            "category", "category", "summary", "facts", "townCode", "townCode", "villageCode", "villageCode",
            "parties[0].name", "applicantName", "parties[0].phone", "applicantPhone",
            "parties[1].name", "otherPartyName", "parties[1].phone", "otherPartyPhone",
            "parties[1].type", "otherPartyType", "amountInvolved", "amountInvolved");

    public PublicApplicationCommand {
        category = Requests.text(category);
        townCode = Requests.text(townCode);
        villageCode = Requests.text(villageCode);
        applicantName = Requests.text(applicantName);
        applicantPhone = phone(applicantPhone);
        otherPartyType = Requests.text(otherPartyType);
        otherPartyName = Requests.text(otherPartyName);
        otherPartyPhone = phone(otherPartyPhone);
        facts = Requests.text(facts);
        request = Requests.text(request);
        privacyNoticeVersion = Requests.text(privacyNoticeVersion);
        challenge = Requests.text(challenge);
        nonce = Requests.text(nonce);
    }

    /** Spaces dropped, a mobile's +86 too: a phone typed as on a business card is the number intake accepts. */
    private static String phone(String typed) {
        String phone = Requests.text(typed);
        if (phone == null) {
            return null;
        }
        phone = phone.replaceAll("[\\s\\u3000]", "");
        if (phone.matches("(\\+86|0086|86)-?1[0-9]{10}")) {
            phone = phone.substring(phone.length() - 11);
        }
        return phone.matches("1[0-9]{2}-[0-9]{4}-[0-9]{4}") ? phone.replace("-", "") : phone;
    }

    /**
     * The intake the staff would register for this application: channel ONLINE; the summary the facts and the
     * applicant's wish; the applicant, who consents by applying, and the other party, whose consent the committee
     * asks when it contacts them.
     */
    CaseIntakeCommand intakeCommand() {
        return new CaseIntakeCommand(IntakeChannel.ONLINE.name(), category, summary(), townCode, villageCode,
                List.of(new CaseIntakeCommand.Party(applicantName, PartyRole.APPLICANT.name(), applicantPhone, null,
                                true, null, null),
                        new CaseIntakeCommand.Party(otherPartyName, PartyRole.RESPONDENT.name(), otherPartyPhone, null,
                                null, null, null, otherPartyType, null, null, null, null, null, null, null, null)),
                null, amountInvolved, false, null, List.of());
    }

    private String summary() {
        return facts == null ? null : "【网上申请】事情经过：" + facts + (request == null ? "" : "\n申请人的请求：" + request);
    }

    /** Intake's problems named with this request's fields (a problem of a field it has not: the request as a whole). */
    static List<FieldError> ownFields(List<FieldError> intakeErrors) {
        List<FieldError> own = new ArrayList<>();
        for (FieldError e : intakeErrors) {
            own.add(new FieldError(ownField(e.field()), e.message()));
        }
        return own;
    }

    static String ownField(String intakeField) {
        return OWN_FIELDS.getOrDefault(intakeField, "(body)");
    }
}
