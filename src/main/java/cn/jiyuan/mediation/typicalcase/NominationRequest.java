package cn.jiyuan.mediation.typicalcase;

import java.math.BigDecimal;

import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WholeNumber;
import cn.jiyuan.mediation.platform.request.WrongType;

/**
 * The body of {@code POST /api/typical-cases/nominations} (read by {@link Requests}): the concluded case and the
 * write-up as its writer typed it; the platform anonymises it before anything is stored.
 */
public record NominationRequest(
        @WrongType("应为案件编号（数字）") @WholeNumber(max = Integer.MAX_VALUE) BigDecimal caseId,
        @WrongType("应为文字") @Text(max = MAX_TITLE, required = true, missing = "请填写案例标题") String title,
        @WrongType("应为文字") @Text(max = MAX_WRITE_UP, required = true, multiLine = true,
                missing = "请填写案例材料（基本案情、调解过程、调解结果和典型意义）") String writeUp) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_WRITE_UP = 8000;

    public NominationRequest {
        title = Requests.text(title);
        writeUp = Requests.text(writeUp);
    }
}
