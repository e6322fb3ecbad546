package cn.jiyuan.mediation.rules;

import java.math.BigDecimal;

import cn.jiyuan.mediation.platform.request.Requests;
import cn.jiyuan.mediation.platform.request.Text;
import cn.jiyuan.mediation.platform.request.WholeNumber;
import cn.jiyuan.mediation.platform.request.WrongType;

/**
 * The body of {@code POST /api/rules/{ruleSet}/rollback}: why, and optionally which earlier version to restore
 * (default: the version before the current one).
 */
public record RollbackRequest(
        @WrongType("应为文字") @Text(max = RuleRequests.MAX_REASON, required = true, multiLine = true,
                missing = "请填写回退的原因") String reason,
        @WrongType("应为版本号（整数）") @WholeNumber(max = 1_000_000) BigDecimal toVersion) {

    public RollbackRequest {
        reason = Requests.text(reason);
    }
}
