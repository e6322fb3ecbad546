package cn.jiyuan.mediation.codelabels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.cases.CaseStatus;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.HandlingLevel;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.MediationOutcome;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.cases.ReferralOutcome;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.RiskLevel;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * What the codes a supervisor meets in Cockpit mean, in Chinese: the case's code lists as the variables hold them
 * ({@code PROPERTY_MANAGEMENT} → 物业管理, {@code HIGH} → 高) and the engine groups by their names
 * ({@code committee-VC419001100201} → 克井镇东许村人民调解委员会), the candidate groups of the tasks; the registry's
 * committees, justice offices, towns and villages by their codes (the variable {@code committeeCode}, the tenant
 * {@code 419001100} → 克井镇).
 */
@Service
public class CodeLabels {

    private final IdentityService identity;
    private final OrganizationRepository organization;

    public CodeLabels(IdentityService identity, OrganizationRepository organization) {
        this.identity = identity;
        this.organization = organization;
    }

    /** Code → label; a code two lists share keeps its first label (they say the same: 调解不成). */
    public Map<String, String> all() {
        Map<String, String> labels = new LinkedHashMap<>();
        add(labels, DisputeCategory.values(), DisputeCategory::label);
        add(labels, IntakeChannel.values(), IntakeChannel::label);
        add(labels, CaseStatus.values(), CaseStatus::label);
        add(labels, MediationOutcome.values(), MediationOutcome::label);
        add(labels, RiskLevel.values(), RiskLevel::label);
        add(labels, HandlingLevel.values(), HandlingLevel::label);
        add(labels, RiskIndicator.values(), RiskIndicator::label);
        // the stationed rooms' types (the committees' own share the handling levels' codes, which come first)
        add(labels, CommitteeType.values(), CommitteeType::label);
        add(labels, ReferralKind.values(), ReferralKind::label);
        add(labels, ReferralOutcome.values(), ReferralOutcome::label);
        // the registry's groups (committees, justice offices, the bureau's sections) as their names
        for (Group group : identity.createGroupQuery().list()) {
            // (the engine's own administrators group keeps its id: its name is English)
            if (group.getName() != null && group.getName().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                labels.putIfAbsent(group.getId(), group.getName());
            }
        }
        for (Committee committee : organization.findCommittees()) {
            labels.putIfAbsent(committee.code(), committee.name());
        }
        for (JusticeOffice office : organization.findOffices()) {
            labels.putIfAbsent(office.code(), office.name());
        }
        Map<String, String> towns = new LinkedHashMap<>();
        organization.findUnits().stream().filter(u -> u.level() == UnitLevel.TOWN)
                .forEach(u -> towns.put(u.code(), u.name()));
        for (OrgUnit unit : organization.findUnits()) {
            // a village is read with its town (东许村 is a name more than one town may have)
            String town = unit.level() == UnitLevel.VILLAGE ? towns.getOrDefault(unit.townCode(), "") : "";
            labels.putIfAbsent(unit.code(), town + unit.name());
        }
        return labels;
    }

    private static <E extends Enum<E>> void add(Map<String, String> labels, E[] values, Function<E, String> label) {
        for (E value : values) {
            labels.putIfAbsent(value.name(), label.apply(value));
        }
    }
}
