package cn.jiyuan.mediation.screening.campaign;

import java.time.LocalDate;
import java.util.List;

/** A special screening campaign as its starter orders it (checked). */
public record CampaignOrder(String topic, String requirement, CampaignScope scope, List<String> townCodes,
                            LocalDate dueDate) {

    /** The towns in scope; empty = the whole city. */
    public List<String> scopeTowns() {
        return scope == CampaignScope.CITY ? List.of() : townCodes;
    }
}
