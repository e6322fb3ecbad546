package cn.jiyuan.mediation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.cases.PartyParticulars;
import cn.jiyuan.mediation.cases.PartyType;
import cn.jiyuan.mediation.cases.RepresentativeTitle;
import cn.jiyuan.mediation.cases.Sex;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.support.CaseRequests;

/**
 * {@link CaseIntakeValidation} without the platform: the JSON of POST /api/cases read into the command, every
 * problem named at once with its field, wrong types and unknown fields among them.
 */
class CaseIntakeValidationTest {

    private final OrganizationRepository registry = mock(OrganizationRepository.class);
    private final CaseIntakeValidation validation = new CaseIntakeValidation(registry);
    /** Reads numbers exactly, as the API's reader (ApiJson) does. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @BeforeEach
    void registry() {
        when(registry.findUnit(anyString())).thenReturn(Optional.empty());
        OrgUnit town = new OrgUnit(CaseRequests.KEJING, "克井镇", UnitLevel.TOWN, "419001", CaseRequests.KEJING);
        OrgUnit village = new OrgUnit(CaseRequests.DONGXU, "东许村", UnitLevel.VILLAGE, CaseRequests.KEJING,
                CaseRequests.KEJING);
        when(registry.findUnit(CaseRequests.KEJING)).thenReturn(Optional.of(town));
        when(registry.findUnit(CaseRequests.DONGXU)).thenReturn(Optional.of(village));
    }

    private Map<String, String> errors(JsonNode body) {
        InvalidRequestException e = catchThrowableOfType(() -> validation.read(body), InvalidRequestException.class);
        assertThat(e).as("refused").isNotNull();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            assertThat(errors.put(error.field(), error.message())).as("named once: " + error.field()).isNull();
        }
        return errors;
    }

    @Test
    void aValidBodyIsReadStrippedWithItsDefaults() {
        ObjectNode body = CaseRequests.neighbourDispute();
        body.put("summary", "  两家因院墙排水问题发生争执 ").remove("peopleInvolved");
        CaseIntakeRequest request = validation.read(body);
        assertThat(request.summary()).isEqualTo("两家因院墙排水问题发生争执");
        assertThat(request.peopleInvolved()).isEqualTo(2);
        assertThat(request.parties()).allSatisfy(p -> assertThat(p.villageCode()).isEqualTo(CaseRequests.DONGXU));
    }

    @Test
    void wrongTypesUnknownFieldsAndBadValuesAreAllNamedAtOnce() throws Exception {
        ObjectNode body = CaseRequests.neighbourDispute();
        body.put("channel", 5);
        body.put("summary", "纠".repeat(2001));
        body.put("enterpriseRelated", "yes");
        body.put("peopleInvolved", "3");
        body.put("amountInvolved", "100");
        body.put("summry", "拼错的字段");
        body.putArray("riskIndicators").add("VIOLENCE_THREAT").add(7).add("GOSSIP");
        ((ObjectNode) body.get("parties").get(0)).put("phone", "12345").put("nickname", "老王");
        ((ObjectNode) body.get("parties").get(1)).putObject("name");
        Map<String, String> errors = errors(body);
        assertThat(errors).containsEntry("channel", "必须是字符串")
                .containsEntry("summary", "不能超过2000个字符（现有2001个）")
                .containsEntry("enterpriseRelated", "必须是 true 或 false")
                .containsEntry("peopleInvolved", "必须是整数")
                .containsEntry("amountInvolved", "必须是数字（元）")
                .containsEntry("summry", "未知字段")
                .containsEntry("riskIndicators[1]", "必须是风险因素代码（字符串）")
                .containsEntry("riskIndicators[2]", "未知的风险因素代码“GOSSIP”")
                .containsEntry("parties[0].phone", "电话号码格式不正确：应为11位手机号或带区号的固定电话（如0391-6612345）")
                .containsEntry("parties[0].nickname", "未知字段")
                .containsEntry("parties[1].name", "必须是字符串")
                .hasSize(11);
        assertThat(errors.keySet()).startsWith("channel", "summary");
    }

    @Test
    void shapesThatAreNotTheRequestsAreNamed() throws Exception {
        assertThat(errors(json.readTree("{\"parties\":\"王大山\",\"riskIndicators\":{}}")))
                .containsEntry("parties", "必须是数组").containsEntry("riskIndicators", "必须是数组");
        assertThat(errors(json.readTree("{\"parties\":[null, 3, {\"role\":\"APPLICANT\"}]}")))
                .containsEntry("parties[0]", "必须是 JSON 对象").containsEntry("parties[1]", "必须是 JSON 对象")
                .containsEntry("parties[2].name", "必填").doesNotContainKey("parties");
        assertThat(errors(json.readTree("{\"\\u202e\":1}"))).containsEntry("(body)", "含有未知字段");
        assertThat(catchThrowableOfType(() -> validation.read(json.readTree("[1]")), InvalidRequestException.class)
                .errors()).containsExactly(new FieldError("(body)", "请求体必须是 JSON 对象"));
    }

    @Test
    void numbersAreJudgedBeforeAnyArithmetic() throws Exception {
        for (String number : new String[] {"1e999999999", "1e-999999999"}) {
            ObjectNode body = CaseRequests.neighbourDispute();
            body.set("amountInvolved", json.readTree(number));
            body.set("peopleInvolved", json.readTree(number));
            assertThat(errors(body)).containsEntry("amountInvolved", "数值超出允许范围")
                    .containsEntry("peopleInvolved", "数值超出允许范围");
        }
        ObjectNode infinite = CaseRequests.neighbourDispute().put("amountInvolved", Double.POSITIVE_INFINITY);
        assertThat(errors(infinite)).containsEntry("amountInvolved", "数值超出允许范围");
        ObjectNode body = CaseRequests.neighbourDispute().put("amountInvolved", new java.math.BigDecimal("0.001"))
                .put("peopleInvolved", new java.math.BigDecimal("2.5"));
        assertThat(errors(body)).containsEntry("amountInvolved", "最多两位小数（元、角、分）")
                .containsEntry("peopleInvolved", "必须是整数");
    }

    @Test
    void theRegistryAndTheRulesAcrossFieldsAreCheckedToo() {
        ObjectNode body = CaseRequests.neighbourDispute().put("channel", "COURT_REFERRAL").put("villageCode", "419001001001");
        ((ObjectNode) body.get("parties").get(1)).put("role", "APPLICANT").put("townCode", "419009999");
        assertThat(errors(body)).containsEntry("referralReference", "诉调对接、访调对接、警调对接的案件须填写转办文号")
                .containsEntry("villageCode", "未知的村（社区）代码“419001001001”")
                .containsEntry("parties[1].townCode", "未知的镇（街道）代码“419009999”")
                .containsEntry("parties", "至少需要一名申请人（APPLICANT）和一名被申请人（RESPONDENT）");
    }

    @Test
    void theParticularsOfArticle29AreTakenAndThoseOfTheIdNumberWin() {
        ObjectNode body = CaseRequests.neighbourDispute();
        ObjectNode applicant = (ObjectNode) body.get("parties").get(0);
        applicant.put("idNumber", CaseRequests.idNumber("41088119800315123")).put("ethnicity", "01")
                .put("occupation", " 农民 ").put("address", "济源市克井镇东许村3组");
        ((ObjectNode) body.get("parties").get(1)).put("type", "ORGANIZATION").put("address", "济源市天坛路8号")
                .put("representative", "赵某").put("representativeTitle", "LEGAL_REPRESENTATIVE");
        CaseIntakeRequest request = validation.read(body);

        PartyParticulars person = request.parties().get(0).particulars();
        assertThat(person.type()).isEqualTo(PartyType.PERSON);
        assertThat(person.sex()).isEqualTo(Sex.MALE); // from the ID number
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1980, 3, 15));
        assertThat(person.ethnicity()).isEqualTo("01");
        assertThat(person.occupation()).isEqualTo("农民");
        PartyParticulars company = request.parties().get(1).particulars();
        assertThat(company.organization()).isTrue();
        assertThat(company.representative()).isEqualTo("赵某");
        assertThat(company.representativeTitle()).isEqualTo(RepresentativeTitle.LEGAL_REPRESENTATIVE);
        assertThat(company.sex()).isNull();
    }

    @Test
    void particularsThatContradictTheIdNumberOrTheKindOfPartyAreNamed() {
        ObjectNode body = CaseRequests.neighbourDispute();
        ((ObjectNode) body.get("parties").get(0)).put("idNumber", CaseRequests.idNumber("41088119800315123"))
                .put("sex", "FEMALE").put("birthDate", "1981-03-15").put("ethnicity", "57")
                .put("representative", "某");
        ((ObjectNode) body.get("parties").get(1)).put("type", "ORGANIZATION").put("sex", "MALE")
                .put("representativeTitle", "BOSS");
        assertThat(errors(body)).containsEntry("parties[0].representative", "自然人不填写此项（仅法人或其他组织填写）")
                .containsEntry("parties[1].sex", "法人或其他组织不填写此项（仅自然人填写）")
                .containsEntry("parties[1].representativeTitle", "未知的代表人职务代码“BOSS”")
                .hasSize(3);
        ((ObjectNode) body.get("parties").get(0)).remove("representative");
        ((ObjectNode) body.get("parties").get(1)).remove(List.of("sex", "representativeTitle"));
        assertThat(errors(body)).containsEntry("parties[0].sex", "与身份证号码不符（号码为男性）")
                .containsEntry("parties[0].birthDate", "与身份证号码不符（号码为1980-03-15）")
                .containsEntry("parties[0].ethnicity", "未知的民族代码“57”（应为01至56）")
                .hasSize(3);
        ObjectNode unborn = CaseRequests.neighbourDispute();
        ((ObjectNode) unborn.get("parties").get(1)).put("birthDate", LocalDate.now().plusDays(2).toString())
                .put("type", "PERSONA");
        assertThat(errors(unborn)).containsEntry("parties[1].type", "未知的当事人类型代码“PERSONA”").hasSize(1);
        ((ObjectNode) unborn.get("parties").get(1)).remove("type");
        assertThat(errors(unborn)).containsEntry("parties[1].birthDate", "不是有效的出生日期").hasSize(1);
    }
}
