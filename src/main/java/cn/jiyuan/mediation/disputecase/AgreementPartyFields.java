package cn.jiyuan.mediation.disputecase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseAccessPolicy;
import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.PartyParticulars;
import cn.jiyuan.mediation.cases.PartyType;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RegisteredParty;
import cn.jiyuan.mediation.cases.Sex;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.disputecase.AgreementParties.Block;
import cn.jiyuan.mediation.security.engineapi.VirtualFormFields;

/**
 * Prefills the section "当事人基本情况" of the mediation form from the case tables when the form is opened: what
 * intake registered (name, phone, ID number), what an earlier agreement recorded, and sex and birth date read from
 * an 18-digit ID number. Only for those who may read the parties in full; anyone else sees the names masked and
 * nothing to edit (a masked value must never come back as an edit). Nothing of it is stored in the engine.
 */
@Component
public class AgreementPartyFields implements VirtualFormFields {

    private static final Set<String> KEYS = Stream.of(Block.values())
            .flatMap(b -> Stream.concat(Stream.of(AgreementParties.NAME), AgreementParties.INPUTS.stream())
                    .map(b::key))
            .collect(Collectors.toUnmodifiableSet());

    private final CaseRepository cases;
    private final CaseAccessPolicy access;

    public AgreementPartyFields(CaseRepository cases, CaseAccessPolicy access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public Set<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, String> values(TaskView task, Authentication viewer) {
        if (!DisputeCaseVariables.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null
                || !DisputeCaseDelegates.MEDIATION_FORM.equals(task.formId())) {
            return Map.of();
        }
        return cases.findByNumber(task.businessKey()).map(c -> values(c, viewer)).orElse(Map.of());
    }

    private Map<String, String> values(CaseFile c, Authentication viewer) {
        AuthenticatedUser user = new AuthenticatedUser(viewer.getUserId(),
                viewer.getGroupIds() == null ? List.of() : viewer.getGroupIds());
        boolean full = access.mayReadPersonalData(user, c);
        List<RegisteredParty> parties = cases.findRegisteredParties(c.id());
        Map<String, String> values = new HashMap<>();
        for (Block block : Block.values()) {
            AgreementParties.partyOf(block, parties).ifPresent(p -> {
                CaseParty party = p.party();
                values.put(block.key(AgreementParties.NAME), full ? party.name() : PersonalDataMasking.name(party.name()));
                if (full) {
                    prefill(values, block, party, p.particulars());
                }
            });
        }
        return values;
    }

    private static void prefill(Map<String, String> values, Block block, CaseParty party, PartyParticulars known) {
        PartyType type = known.type() == null ? PartyType.PERSON : known.type();
        put(values, block, AgreementParties.TYPE, type.name());
        put(values, block, AgreementParties.PHONE, party.phone());
        put(values, block, AgreementParties.ADDRESS, known.address());
        if (type == PartyType.ORGANIZATION) {
            put(values, block, AgreementParties.REPRESENTATIVE, known.representative());
            put(values, block, AgreementParties.REPRESENTATIVE_TITLE,
                    known.representativeTitle() == null ? null : known.representativeTitle().name());
            return;
        }
        String id = party.idNumber();
        put(values, block, AgreementParties.ID_NUMBER, id);
        Sex sex = Sex.ofIdNumber(id).orElse(known.sex());
        put(values, block, AgreementParties.SEX, sex == null ? null : sex.name());
        String birth = id != null && id.length() == 18 ? id.substring(6, 10) + "-" + id.substring(10, 12) + "-"
                + id.substring(12, 14) : known.birthDate() == null ? null : known.birthDate().toString();
        put(values, block, AgreementParties.BIRTH_DATE, birth);
        put(values, block, AgreementParties.ETHNICITY, known.ethnicity());
        put(values, block, AgreementParties.OCCUPATION, known.occupation());
        put(values, block, AgreementParties.WORK_UNIT, known.workUnit());
    }

    private static void put(Map<String, String> values, Block block, String field, String value) {
        if (value != null) {
            values.put(block.key(field), value);
        }
    }
}
