package cn.jiyuan.mediation.screening.campaign;

import java.time.OffsetDateTime;
import java.util.List;

/** Answer to a started campaign: its round (see /api/screening/coverage) and process. */
public record CampaignStarted(long roundId, String processInstanceId, String topic, String scope,
                              List<String> townCodes, OffsetDateTime dueAt, int expectedUnits) {
}
