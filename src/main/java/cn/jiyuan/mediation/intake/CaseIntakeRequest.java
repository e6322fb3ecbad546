package cn.jiyuan.mediation.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.RiskIndicator;

/**
 * A validated intake ({@link CaseIntakeCommand} checked by {@link CaseIntakeValidation}, from POST /api/cases or
 * the form case-intake), in the domain's types. {@code peopleInvolved} defaults to the number of parties,
 * {@code enterpriseRelated} to false; the indicators are a set in their declaration order.
 */
public record CaseIntakeRequest(IntakeChannel channel, DisputeCategory category, String summary, String townCode,
                                String villageCode, List<PartyIntake> parties, int peopleInvolved,
                                BigDecimal amountInvolved, boolean enterpriseRelated, String referralReference,
                                Set<RiskIndicator> riskIndicators) {

    public boolean anyPartyRefuses() {
        return parties.stream().anyMatch(PartyIntake::refuses);
    }

    /** Parties live in different towns (跨镇/街道). */
    public boolean crossTown() {
        return parties.stream().map(PartyIntake::townCode).filter(Objects::nonNull).distinct().count() > 1;
    }

    /** Parties live in different villages (跨村/社区); parties in different towns do too. */
    public boolean crossVillage() {
        return crossTown()
                || parties.stream().map(PartyIntake::villageCode).filter(Objects::nonNull).distinct().count() > 1;
    }
}
