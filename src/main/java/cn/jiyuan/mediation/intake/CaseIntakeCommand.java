package cn.jiyuan.mediation.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.PartyType;
import cn.jiyuan.mediation.cases.RepresentativeTitle;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.Sex;
import cn.jiyuan.mediation.platform.request.Code;
import cn.jiyuan.mediation.platform.request.IsoDate;
import cn.jiyuan.mediation.platform.request.Money;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WholeNumber;
import cn.jiyuan.mediation.platform.request.WrongType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case to register, as the registrar gave it: the JSON of {@code POST /api/cases} and the Tasklist form
 * {@code case-intake} both become this command (codes as sent, texts stripped), and {@link CaseIntakeValidation}
 * checks it once, the same way for both, into a {@link CaseIntakeRequest}. The constraints here are the rules
 * of each field; the registry and the rules across fields are checked by {@link CaseIntakeValidation}.
 */
public record CaseIntakeCommand(
        @Code(type = IntakeChannel.class, label = "案件来源", required = true) String channel,
        @Code(type = DisputeCategory.class, label = "纠纷类型", required = true) String category,
        @Text(max = 2000, required = true, multiLine = true) String summary,
        @Text(max = 32, required = true) String townCode,
        @Text(max = 32) String villageCode,
        @NotNull(message = "必填") @Size(max = 100, message = "当事人不能超过100名")
        List<@NotNull(message = "必须是 JSON 对象") @Valid Party> parties,
        @WrongType("必须是整数") @WholeNumber(max = 1_000_000) BigDecimal peopleInvolved,
        @WrongType("必须是数字（元）") @Money(max = "9999999999999.99") BigDecimal amountInvolved,
        Boolean enterpriseRelated,
        @Text(max = 100) String referralReference,
        @WrongType("必须是风险因素代码（字符串）") @Size(max = 50, message = "风险因素不能超过50项")
        List<@Code(type = RiskIndicator.class, label = "风险因素", required = true,
                missing = "必须是风险因素代码（字符串）", asText = false) String> riskIndicators) {

    public CaseIntakeCommand {
        summary = Requests.text(summary);
        channel = Requests.text(channel);
        category = Requests.text(category);
        townCode = Requests.text(townCode);
        villageCode = Requests.text(villageCode);
        referralReference = Requests.text(referralReference);
        // an empty code is an unknown code, not a missing one
        riskIndicators = riskIndicators == null ? null
                : riskIndicators.stream().map(code -> code == null ? null : code.strip()).toList();
    }

    /**
     * One party: {@code role} a {@link PartyRole} code; town and village of residence default to the case's. The
     * particulars a written agreement states (人民调解法第二十九条) may be given at intake, all optional: for a
     * natural person ({@code type} PERSON, the default) sex, birth date, ethnicity (GB/T 3304 code, 01 = 汉族),
     * occupation, work unit and address; for an organisation ({@code type} ORGANIZATION) address, representative
     * and representative title.
     */
    public record Party(
            @Text(max = 50, required = true) String name,
            @Code(type = PartyRole.class, label = "当事人角色", required = true) String role,
            @PhoneNumber String phone,
            @IdNumber String idNumber,
            Boolean consent,
            @Text(max = 32) String townCode,
            @Text(max = 32) String villageCode,
            @Code(type = PartyType.class, label = "当事人类型") String type,
            @Code(type = Sex.class, label = "性别") String sex,
            @IsoDate String birthDate,
            @Text(max = 2) String ethnicity,
            @Text(max = 100) String occupation,
            @Text(max = 200) String workUnit,
            @Text(max = 200) String address,
            @Text(max = 50) String representative,
            @Code(type = RepresentativeTitle.class, label = "代表人职务") String representativeTitle) {

        public Party {
            name = Requests.text(name);
            role = Requests.text(role);
            phone = Requests.text(phone);
            idNumber = Requests.text(idNumber) == null ? null : ResidentIdNumber.normalize(Requests.text(idNumber));
            townCode = Requests.text(townCode);
            villageCode = Requests.text(villageCode);
            type = Requests.text(type);
            sex = Requests.text(sex);
            birthDate = Requests.text(birthDate);
            ethnicity = Requests.text(ethnicity);
            occupation = Requests.text(occupation);
            workUnit = Requests.text(workUnit);
            address = Requests.text(address);
            representative = Requests.text(representative);
            representativeTitle = Requests.text(representativeTitle);
        }

        /** A party with contact data only, its particulars not (yet) known. */
        public Party(String name, String role, String phone, String idNumber, Boolean consent, String townCode,
                     String villageCode) {
            this(name, role, phone, idNumber, consent, townCode, villageCode, null, null, null, null, null, null,
                    null, null, null);
        }
    }

    /** The parties that were given as objects. */
    List<Party> givenParties() {
        return parties == null ? List.of() : parties.stream().filter(Objects::nonNull).toList();
    }
}
