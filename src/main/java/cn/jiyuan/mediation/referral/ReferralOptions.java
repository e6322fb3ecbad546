package cn.jiyuan.mediation.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.forms.options.FormOption;
import cn.jiyuan.mediation.forms.options.FormOptionSource;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.Contact;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * The lists of the referral forms: {@value #KINDS} (诉调对接, 警调对接, 访调对接, 行政调解), {@value #UNITS}, the receiving
 * units of the registry's contacts for each kind (the FEEL filter {@code =referralUnitOptions[item.parent =
 * referralKind]}) — the city's and those of the towns the user's committee serves (a village committee in 克井镇 sees
 * 克井派出所 and the city's court, not another town's police station) — and {@value #ANSWERS}, the answers a committee
 * records. Names and codes of public bodies only.
 */
@Component
public class ReferralOptions implements FormOptionSource {

    public static final String KINDS = "referralKindOptions";
    public static final String UNITS = "referralUnitOptions";
    public static final String ANSWERS = "referralAnswerOptions";

    private final OrganizationRepository registry;

    public ReferralOptions(OrganizationRepository registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> keys() {
        return Set.of(KINDS, UNITS, ANSWERS);
    }

    @Override
    public Map<String, List<FormOption>> options(Collection<String> groups) {
        Map<String, OrgUnit> units = new HashMap<>();
        registry.findUnits().forEach(u -> units.put(u.code(), u));
        Set<String> towns = towns(groups, units);
        List<FormOption> receivers = new ArrayList<>();
        for (ReferralKind kind : ReferralKind.values()) {
            registry.findContacts().stream()
                    .filter(c -> c.organization() == kind.organization() && c.email() != null && !c.email().isBlank())
                    .filter(c -> reachable(c, units, towns))
                    // the town's own first, then the city's
                    .sorted(Comparator.comparing((Contact c) -> isCity(c, units)).thenComparing(Contact::code))
                    .forEach(c -> receivers.add(new FormOption(c.name(), c.code(), CaseReferralVariables.KIND,
                            kind.name(), false)));
        }
        return Map.of(KINDS, Arrays.stream(ReferralKind.values()).map(k -> FormOption.of(k.choice(), k.name())).toList(),
                UNITS, receivers,
                ANSWERS, Arrays.stream(ReferralOutcome.answers()).map(o -> FormOption.of(o.label(), o.name())).toList());
    }

    /** The towns whose units the user may refer to; null: every town (city-wide users and committees). */
    private Set<String> towns(Collection<String> groups, Map<String, OrgUnit> units) {
        Set<String> towns = new HashSet<>();
        boolean committeeOrOffice = false;
        for (Committee c : registry.findCommittees()) {
            if (!groups.contains(c.groupId())) {
                continue;
            }
            committeeOrOffice = true;
            OrgUnit unit = units.get(c.unitCode());
            if (!c.type().servesItsTown() || unit == null || unit.townCode() == null) {
                return null;
            }
            towns.add(unit.townCode());
        }
        for (JusticeOffice office : registry.findOffices()) {
            if (groups.contains(office.groupId())) {
                committeeOrOffice = true;
                towns.add(office.townCode());
            }
        }
        return committeeOrOffice ? towns : null;
    }

    private static boolean reachable(Contact c, Map<String, OrgUnit> units, Set<String> towns) {
        if (towns == null || isCity(c, units)) {
            return true;
        }
        OrgUnit unit = units.get(c.unitCode());
        return unit != null && towns.contains(unit.townCode());
    }

    private static boolean isCity(Contact c, Map<String, OrgUnit> units) {
        OrgUnit unit = units.get(c.unitCode());
        return unit == null || unit.level() == UnitLevel.CITY;
    }
}
