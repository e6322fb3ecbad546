package cn.jiyuan.mediation.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.cases.Ethnicity;
import cn.jiyuan.mediation.cases.IntakeChannel;
import cn.jiyuan.mediation.cases.PartyParticulars;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.PartyType;
import cn.jiyuan.mediation.cases.RepresentativeTitle;
import cn.jiyuan.mediation.cases.RiskIndicator;
import cn.jiyuan.mediation.cases.Sex;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.platform.request.Constraints;
import cn.jiyuan.mediation.platform.request.FieldErrors;
import cn.jiyuan.mediation.platform.request.Requests;

/**
 * Checks a {@link CaseIntakeCommand} once, whether it came as the JSON of {@code POST /api/cases}
 * ({@link #read}) or from the Tasklist form {@code case-intake} ({@link #validate}): the fields' constraints,
 * then the places against the registry (a village must lie in the town), the referral reference of a referred
 * case and both sides of the dispute. Every problem is named at once ({@code parties[1].idNumber}).
 */
@Component
public class CaseIntakeValidation {

    private final OrganizationRepository registry;

    public CaseIntakeValidation(OrganizationRepository registry) {
        this.registry = registry;
    }

    /** @throws InvalidRequestException naming every bad field, also those of the wrong type or unknown */
    public CaseIntakeRequest read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        return validate(Requests.bind(body, CaseIntakeCommand.class, errors), errors);
    }

    /** @throws InvalidRequestException naming every bad field */
    public CaseIntakeRequest validate(CaseIntakeCommand command) {
        return validate(command, new FieldErrors());
    }

    /** @param errors what was already found while reading the command (wrong types, unknown fields) */
    public CaseIntakeRequest validate(CaseIntakeCommand command, FieldErrors errors) {
        Requests.validate(command, errors);
        OrgUnit town = town(errors, "townCode", command.townCode());
        OrgUnit village = village(errors, "villageCode", command.villageCode(), command.townCode(), town);
        // parties without a place of their own live where the case is, as far as that place is known
        String caseTown = town == null ? null : command.townCode();
        String caseVillage = town == null || (command.villageCode() != null && village == null) ? null
                : command.villageCode();
        List<PartyIntake> parties = parties(command, errors, caseTown, caseVillage);
        IntakeChannel channel = code(IntakeChannel.class, command.channel());
        if (channel != null && channel.isReferral() && command.referralReference() == null
                && !errors.has("referralReference")) {
            errors.add("referralReference", "诉调对接、访调对接、警调对接的案件须填写转办文号");
        }
        errors.sort(Requests.order(CaseIntakeCommand.class));
        errors.throwIfAny();
        Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
        if (command.riskIndicators() != null) {
            command.riskIndicators().forEach(code -> indicators.add(RiskIndicator.valueOf(code)));
        }
        return new CaseIntakeRequest(channel, code(DisputeCategory.class, command.category()), command.summary(),
                command.townCode(), command.villageCode(), List.copyOf(parties),
                command.peopleInvolved() == null ? parties.size() : command.peopleInvolved().intValueExact(),
                command.amountInvolved() == null ? null : command.amountInvolved().setScale(2),
                Boolean.TRUE.equals(command.enterpriseRelated()), command.referralReference(), indicators);
    }

    private List<PartyIntake> parties(CaseIntakeCommand command, FieldErrors errors, String caseTown,
                                      String caseVillage) {
        List<PartyIntake> parties = new ArrayList<>();
        if (command.parties() == null || errors.has("parties")) {
            return parties;
        }
        Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        boolean everyRoleKnown = true;
        for (int i = 0; i < command.parties().size(); i++) {
            CaseIntakeCommand.Party party = command.parties().get(i);
            String path = "parties[" + i + "]";
            PartyRole role = party == null ? null : code(PartyRole.class, party.role());
            if (role == null || errors.has(path + ".role")) {
                everyRoleKnown = false;
            } else {
                roles.add(role);
            }
            if (party == null) {
                continue;
            }
            OrgUnit town = errors.has(path + ".townCode") ? null : town(errors, path + ".townCode", party.townCode());
            OrgUnit village = errors.has(path + ".villageCode") ? null
                    : village(errors, path + ".villageCode", party.villageCode(), party.townCode(), town);
            String effectiveTown;
            String effectiveVillage;
            if (party.townCode() == null && party.villageCode() == null) {
                effectiveTown = caseTown;
                effectiveVillage = caseVillage;
            } else if (party.villageCode() != null) {
                effectiveTown = village != null ? village.townCode() : party.townCode();
                effectiveVillage = party.villageCode();
            } else {
                effectiveTown = party.townCode();
                effectiveVillage = null;
            }
            parties.add(new PartyIntake(party.name(), role, party.phone(), party.idNumber(), party.consent(),
                    effectiveTown, effectiveVillage, particulars(party, path, errors)));
        }
        if (everyRoleKnown && !roles.containsAll(EnumSet.allOf(PartyRole.class))) {
            errors.add("parties", "至少需要一名申请人（APPLICANT）和一名被申请人（RESPONDENT）");
        }
        return parties;
    }

    /**
     * What the party's particulars say (人民调解法第二十九条), checked: a person's fields only for a person, an
     * organisation's only for an organisation; sex and birth date of an 18-digit ID number are the number's (given
     * ones must agree with it); the ethnicity one of the 56 of GB/T 3304.
     */
    private static PartyParticulars particulars(CaseIntakeCommand.Party party, String path, FieldErrors errors) {
        PartyType type = code(PartyType.class, party.type());
        boolean organization = type == PartyType.ORGANIZATION;
        Map<String, String> personal = new LinkedHashMap<>();
        personal.put("idNumber", party.idNumber());
        personal.put("sex", party.sex());
        personal.put("birthDate", party.birthDate());
        personal.put("ethnicity", party.ethnicity());
        personal.put("occupation", party.occupation());
        personal.put("workUnit", party.workUnit());
        if (organization) {
            personal.forEach((field, value) -> {
                if (value != null) {
                    errors.add(path + "." + field, "法人或其他组织不填写此项（仅自然人填写）");
                }
            });
        } else {
            if (party.representative() != null) {
                errors.add(path + ".representative", "自然人不填写此项（仅法人或其他组织填写）");
            }
            if (party.representativeTitle() != null) {
                errors.add(path + ".representativeTitle", "自然人不填写此项（仅法人或其他组织填写）");
            }
        }
        if (errors.hasWithin(path)) {
            return PartyParticulars.NONE;
        }
        if (organization) {
            return new PartyParticulars(type, null, null, null, null, null, party.address(), party.representative(),
                    code(RepresentativeTitle.class, party.representativeTitle()));
        }
        Sex sex = code(Sex.class, party.sex());
        LocalDate birth = party.birthDate() == null ? null : Constraints.isoDate(party.birthDate());
        String id = party.idNumber();
        if (id != null && id.length() == 18) {
            Sex fromId = Sex.ofIdNumber(id).orElseThrow();
            LocalDate bornFromId = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (sex != null && sex != fromId) {
                errors.add(path + ".sex", "与身份证号码不符（号码为" + fromId.label() + "性）");
            }
            if (birth != null && !birth.equals(bornFromId)) {
                errors.add(path + ".birthDate", "与身份证号码不符（号码为" + bornFromId + "）");
            }
            sex = fromId;
            birth = bornFromId;
        }
        LocalDate today = CaseTime.today();
        if (birth != null && (birth.isAfter(today) || birth.isBefore(today.minusYears(150)))) {
            errors.add(path + ".birthDate", "不是有效的出生日期");
        }
        if (party.ethnicity() != null && Ethnicity.name(party.ethnicity()).isEmpty()) {
            errors.add(path + ".ethnicity", "未知的民族代码" + UserText.quote(party.ethnicity()) + "（应为01至56）");
        }
        boolean known = type != null || personal.values().stream().anyMatch(v -> v != null) || party.address() != null;
        return known ? new PartyParticulars(PartyType.PERSON, sex, birth, party.ethnicity(), party.occupation(),
                party.workUnit(), party.address(), null, null) : PartyParticulars.NONE;
    }

    private OrgUnit town(FieldErrors errors, String path, String code) {
        if (code == null || errors.has(path)) {
            return null;
        }
        Optional<OrgUnit> unit = registry.findUnit(code).filter(u -> u.level() == UnitLevel.TOWN);
        if (unit.isEmpty()) {
            errors.add(path, "未知的镇（街道）代码" + UserText.quote(code));
        }
        return unit.orElse(null);
    }

    /** The village, if it exists and lies in the given town (when that town is known). */
    private OrgUnit village(FieldErrors errors, String path, String code, String townCode, OrgUnit town) {
        if (code == null || errors.has(path)) {
            return null;
        }
        Optional<OrgUnit> unit = registry.findUnit(code).filter(u -> u.level() == UnitLevel.VILLAGE);
        if (unit.isEmpty()) {
            errors.add(path, "未知的村（社区）代码" + UserText.quote(code));
            return null;
        }
        if (town != null && !town.code().equals(unit.get().townCode())) {
            errors.add(path, "村（社区）" + code + "不属于镇（街道）" + townCode);
            return null;
        }
        return unit.get();
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        try {
            return code == null ? null : Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
