package cn.jiyuan.mediation.screening.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.request.Requests;

/** The order's own sentences, said by the one request mechanism (the registry and the clock are the reader's). */
class CampaignOrderRequestTest {

    private final ObjectMapper json = new ObjectMapper();

    private Map<String, String> errors(String body) throws Exception {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> Requests.read(json.readTree(body), CampaignOrderRequest.class));
        assertThat(e).as(body).isNotNull();
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void aValidOrderIsStrippedAndItsDateTimeReadAsADay() throws Exception {
        CampaignOrderRequest order = Requests.read(json.readTree("""
                {"topic":" 冬季排查 ","requirement":" ","scope":"TOWNS","townCodes":["419001100"],
                 "dueDate":"2027-08-20T00:00:00"}"""), CampaignOrderRequest.class);
        assertThat(order.topic()).isEqualTo("冬季排查");
        assertThat(order.requirement()).isNull();
        assertThat(order.dueDate()).isEqualTo("2027-08-20");
    }

    @Test
    void missingAndMalformedFieldsSayTheOrdersOwnSentences() throws Exception {
        assertThat(errors("{\"scope\":\"VILLAGE\",\"dueDate\":\"2027/08/20\",\"colour\":1}")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "topic", "请填写专项排查主题", "scope", "排查范围应为全市或指定镇（街道）",
                "dueDate", "截止日期格式应为年-月-日", "colour", "未知字段"));
        assertThat(errors("{\"topic\":\"" + "主".repeat(101) + "\",\"requirement\":\"" + "要".repeat(2001)
                + "\"}")).containsEntry("topic", "专项排查主题不能超过100字")
                .containsEntry("requirement", "排查重点和要求不能超过2000字").containsEntry("dueDate", "请选择截止日期");
        assertThat(errors("{\"topic\":5,\"scope\":true,\"dueDate\":[]}")).containsEntry("topic", "应为文字")
                .containsEntry("scope", "应为文字").containsEntry("dueDate", "应为文字");
    }

    @Test
    void theTownsAreAnArrayOfAtMostAHundredCodes() throws Exception {
        assertThat(errors("{\"townCodes\":\"419001100\"}")).containsEntry("townCodes", "应为镇（街道）代码的数组");
        assertThat(errors("{\"townCodes\":{}}")).containsEntry("townCodes", "应为镇（街道）代码的数组");
        assertThat(errors("{\"townCodes\":[\"419001100\",419001001]}"))
                .containsEntry("townCodes[1]", "镇（街道）应为代码（文字）的列表");
        ObjectNode many = json.createObjectNode();
        ArrayNode towns = many.putArray("townCodes");
        for (int i = 0; i < 101; i++) {
            towns.add("419001100");
        }
        assertThat(errors(many.toString())).containsEntry("townCodes", "镇（街道）不能超过100个");
    }
}
