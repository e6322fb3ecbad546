package cn.jiyuan.mediation.monthlyreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.forms.options.FormOption;
import cn.jiyuan.mediation.forms.options.FormOptionSource;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * The pickers of the meeting form (monthly-meeting) from the registry: 参会人员 ({@value #ATTENDEES}) and a follow-up
 * item's 责任人 ({@value #OWNERS}) among the people of the user's town ({@link MonthlyPeople}); the grassroots
 * section and administrators pick among every town's. Nobody else gets any.
 */
@Component
public class MonthlyMeetingOptions implements FormOptionSource {

    public static final String ATTENDEES = "attendeeOptions";
    public static final String OWNERS = "followUpOwnerOptions";

    private final OrganizationRepository registry;
    private final MonthlyPeople people;

    public MonthlyMeetingOptions(OrganizationRepository registry, MonthlyPeople people) {
        this.registry = registry;
        this.people = people;
    }

    @Override
    public Set<String> keys() {
        return Set.of(ATTENDEES, OWNERS);
    }

    @Override
    public Map<String, List<FormOption>> options(Collection<String> groups) {
        boolean anywhere = groups.contains(AuthenticatedUser.ADMIN_GROUP)
                || groups.contains(RoleGroup.GRASSROOTS_SECTION.groupId());
        List<FormOption> attendees = new ArrayList<>();
        List<FormOption> owners = new ArrayList<>();
        for (JusticeOffice office : registry.findOffices()) {
            if (!anywhere && !groups.contains(office.groupId())) {
                continue;
            }
            for (MonthlyPeople.Participant p : people.of(office.townCode()).values()) {
                String label = p.name() + "（" + p.position() + "）";
                attendees.add(FormOption.of(label, p.code()));
                if (p.login() != null && !p.login().isBlank()) {
                    owners.add(FormOption.of(label, p.login()));
                }
            }
        }
        return Map.of(ATTENDEES, attendees, OWNERS, owners);
    }
}
