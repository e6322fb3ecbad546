package cn.jiyuan.mediation.screening.campaign;

import java.util.List;

import cn.jiyuan.mediation.platform.request.Code;
import cn.jiyuan.mediation.platform.request.IsoDate;
import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WrongType;
import jakarta.validation.constraints.Size;

/**
 * A campaign order as sent (the API's body, or the start form's variables), read by {@link Requests}: texts are
 * stripped, blank is absent; a due date sent as a date-time ({@code 2027-08-20T00:00:00}) is read as its day.
 * What needs the registry or the clock (known towns, a due date ahead) is checked by {@link CampaignOrderReader}.
 */
public record CampaignOrderRequest(
        @WrongType("应为文字") @Text(max = MAX_TOPIC, required = true, missing = "请填写专项排查主题",
                tooLong = "专项排查主题不能超过" + MAX_TOPIC + "字") String topic,
        @WrongType("应为文字") @Text(max = MAX_REQUIREMENT, multiLine = true,
                tooLong = "排查重点和要求不能超过" + MAX_REQUIREMENT + "字") String requirement,
        @WrongType("应为文字") @Code(type = CampaignScope.class, label = "排查范围",
                unknown = "排查范围应为全市或指定镇（街道）") String scope,
        @WrongType(value = "镇（街道）应为代码（文字）的列表", list = "应为镇（街道）代码的数组")
        @Size(max = MAX_TOWNS, message = "镇（街道）不能超过" + MAX_TOWNS + "个") List<String> townCodes,
        @WrongType("应为文字") @IsoDate(required = true, missing = "请选择截止日期", malformed = "截止日期格式应为年-月-日")
        String dueDate) {

    static final int MAX_TOPIC = 100;
    static final int MAX_REQUIREMENT = 2000;
    static final int MAX_TOWNS = 100;

    public CampaignOrderRequest {
        topic = Requests.text(topic);
        requirement = Requests.text(requirement);
        scope = Requests.text(scope);
        dueDate = Requests.text(dueDate);
        if (dueDate != null && dueDate.length() > 10 && dueDate.charAt(10) == 'T') {
            dueDate = dueDate.substring(0, 10);
        }
    }
}
