package cn.jiyuan.mediation.triage;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * Finds the committee that handles a case at the level triage chose. The registry is imported data: when a
 * unit lacks the committee (coverage should be 100%, but an import may be incomplete) the case goes one
 * level up (village → town → city centre; a missing industry committee → city centre) instead of failing. A
 * dispute a stationed mediation room registers stays with that room when triage says STATIONED.
 */
@Component
public class HandlingCommitteeResolver {

    private static final Logger log = LoggerFactory.getLogger(HandlingCommitteeResolver.class);

    private final OrganizationRepository registry;

    public HandlingCommitteeResolver(OrganizationRepository registry) {
        this.registry = registry;
    }

    public Committee resolve(TriageResult triage, String townCode, String villageCode) {
        return resolve(triage, townCode, villageCode, null);
    }

    /**
     * @param registeringRoom the stationed mediation room (派驻人民调解工作室) that registered the dispute, or null: the
     *                        handling committee when triage keeps the case with the room (level STATIONED)
     */
    public Committee resolve(TriageResult triage, String townCode, String villageCode, Committee registeringRoom) {
        Optional<Committee> committee = switch (triage.handlingLevel()) {
            case VILLAGE -> village(villageCode).or(() -> town(townCode));
            case TOWN -> town(townCode);
            case INDUSTRY -> Optional.ofNullable(triage.industry()).flatMap(registry::findIndustryCommittee)
                    .or(() -> missing("industry committee " + triage.industry()));
            case CITY_CENTER -> Optional.empty();
            // a table that sends a committee's case to STATIONED has no room to send it to: the town takes it
            case STATIONED -> Optional.ofNullable(registeringRoom).filter(r -> r.type().isStationedRoom())
                    .or(() -> missing("stationed room of the registrar")).or(() -> town(townCode));
        };
        return committee.or(registry::findCityCenter)
                .orElseThrow(() -> new IllegalStateException("the registry has no city mediation centre"));
    }

    private Optional<Committee> village(String villageCode) {
        return villageCode == null ? Optional.empty()
                : registry.findCommitteeOfUnit(villageCode, CommitteeType.VILLAGE)
                        .or(() -> missing("committee of village " + villageCode));
    }

    private Optional<Committee> town(String townCode) {
        return registry.findCommitteeOfUnit(townCode, CommitteeType.TOWN)
                .or(() -> missing("committee of town " + townCode));
    }

    private static Optional<Committee> missing(String what) {
        log.warn("The registry has no {}: the case goes one level up", what);
        return Optional.empty();
    }
}
