package cn.jiyuan.mediation.earlywarning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.Contact;
import cn.jiyuan.mediation.organization.ContactOrganization;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * Who is warned, from the organization registry (docs/domain.md section 5): the town's party committee and
 * government contacts and its justice office; for CRITICAL also the city's party committee, government and
 * justice bureau contacts and the town's police station (警调联动). Contacts without an e-mail address are
 * skipped; an address appears once.
 */
@Service
public class WarningRecipients {

    private static final Set<ContactOrganization> TOWN = EnumSet.of(ContactOrganization.PARTY_COMMITTEE,
            ContactOrganization.GOVERNMENT);
    private static final Set<ContactOrganization> CITY = EnumSet.of(ContactOrganization.PARTY_COMMITTEE,
            ContactOrganization.GOVERNMENT, ContactOrganization.JUSTICE_BUREAU);

    private final OrganizationRepository registry;

    public WarningRecipients(OrganizationRepository registry) {
        this.registry = registry;
    }

    public List<Recipient> of(String townCode, RiskLevel level) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        List<Contact> townContacts = registry.findContactsOfUnit(townCode);
        add(byAddress, townContacts, TOWN);
        registry.findOfficeOfTown(townCode).filter(o -> hasEmail(o.email()))
                .ifPresent(o -> put(byAddress, new Recipient(o.email().trim(), o.name())));
        if (level == RiskLevel.CRITICAL) {
            for (OrgUnit city : registry.findUnits(UnitLevel.CITY, null)) {
                add(byAddress, registry.findContactsOfUnit(city.code()), CITY);
            }
            add(byAddress, townContacts, EnumSet.of(ContactOrganization.POLICE_STATION));
        }
        return new ArrayList<>(byAddress.values());
    }

    /** The recipients as process variable values ("email|name"). */
    public List<String> encoded(String townCode, RiskLevel level) {
        return new ArrayList<>(of(townCode, level).stream().map(Recipient::encode).toList());
    }

    private static void add(Map<String, Recipient> byAddress, List<Contact> contacts, Set<ContactOrganization> which) {
        for (Contact c : contacts) {
            if (which.contains(c.organization()) && hasEmail(c.email())) {
                put(byAddress, new Recipient(c.email().trim(), c.name()));
            }
        }
    }

    private static void put(Map<String, Recipient> byAddress, Recipient r) {
        byAddress.putIfAbsent(r.email().toLowerCase(java.util.Locale.ROOT), r);
    }

    private static boolean hasEmail(String email) {
        return email != null && !email.isBlank();
    }
}
