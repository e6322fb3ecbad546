package cn.jiyuan.mediation.organization;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The mediation rooms stationed at courts, police stations and petition offices (派驻人民调解工作室) a user works in,
 * told by the user's groups: what a room's member registers gets the room's intake defaults and, by triage, stays
 * with the room.
 */
@Component
public class StationedRooms {

    private final OrganizationRepository registry;

    public StationedRooms(OrganizationRepository registry) {
        this.registry = registry;
    }

    /** The room whose group is among {@code groups} (the first by code if several), empty for everybody else. */
    public Optional<Committee> ofGroups(Collection<String> groups) {
        if (groups == null || groups.isEmpty()) {
            return Optional.empty();
        }
        return registry.findCommitteesOfGroups(groups).stream().filter(c -> c.type().isStationedRoom())
                .min(Comparator.comparing(Committee::code));
    }
}
