package cn.jiyuan.mediation.disputecase;

import static cn.jiyuan.mediation.forms.FormValues.date;
import static cn.jiyuan.mediation.forms.FormValues.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiyuan.mediation.cases.Ethnicity;
import cn.jiyuan.mediation.cases.PartyParticulars;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.PartyType;
import cn.jiyuan.mediation.cases.RegisteredParty;
import cn.jiyuan.mediation.cases.RepresentativeTitle;
import cn.jiyuan.mediation.cases.Sex;
import cn.jiyuan.mediation.intake.PhoneNumberFormat;
import cn.jiyuan.mediation.intake.ResidentIdNumber;

/**
 * The parties' particulars on the mediation form (人民调解法第二十九条), section "当事人基本情况" of
 * forms/mediation-outcome.form: one block of fields for the (first) applicant and one for the (first) respondent,
 * prefilled from the case tables ({@link AgreementPartyFields}) and completed by the mediator when the mediation
 * ends with a written agreement. This class reads and checks them: every problem is named with the party and the
 * field, in Chinese. Sex and birth date of a person with an 18-digit resident ID number are those of the number.
 */
final class AgreementParties {

    /** The blocks of the form: field-name prefix and how the form names the party. */
    enum Block {
        APPLICANT("applicant", "申请人", PartyRole.APPLICANT),
        RESPONDENT("respondent", "被申请人", PartyRole.RESPONDENT);

        final String prefix;
        final String label;
        final PartyRole role;

        Block(String prefix, String label, PartyRole role) {
            this.prefix = prefix;
            this.label = label;
            this.role = role;
        }

        String key(String field) {
            return prefix + field;
        }
    }

    /** Field suffixes of a block (e.g. applicantSex). Name is shown read-only; the others are input. */
    static final String NAME = "Name";
    static final String TYPE = "Type";
    static final String ID_NUMBER = "IdNumber";
    static final String PHONE = "Phone";
    static final String SEX = "Sex";
    static final String BIRTH_DATE = "BirthDate";
    static final String ETHNICITY = "Ethnicity";
    static final String OCCUPATION = "Occupation";
    static final String WORK_UNIT = "WorkUnit";
    static final String ADDRESS = "Address";
    static final String REPRESENTATIVE = "Representative";
    static final String REPRESENTATIVE_TITLE = "RepresentativeTitle";

    static final List<String> INPUTS = List.of(TYPE, ID_NUMBER, PHONE, SEX, BIRTH_DATE, ETHNICITY, OCCUPATION,
            WORK_UNIT, ADDRESS, REPRESENTATIVE, REPRESENTATIVE_TITLE);

    /** Every input field of both blocks: consumed into case_party and removed from the process. */
    static final List<String> FIELDS = Stream.of(Block.values())
            .flatMap(b -> INPUTS.stream().map(b::key)).toList();

    /** What the form holds for one party, checked: its row, contact data and particulars. */
    record Completed(long partyId, String phone, String idNumber, PartyParticulars particulars) {
    }

    private AgreementParties() {
    }

    /** The party a block of the form is about: the first of its role, in intake order. */
    static Optional<RegisteredParty> partyOf(Block block, List<RegisteredParty> parties) {
        return parties.stream().filter(p -> p.party().role() == block.role).findFirst();
    }

    /**
     * Reads and checks both blocks.
     *
     * @throws MediationInputException naming every missing field, or the first invalid one
     */
    static List<Completed> read(Map<String, Object> form, List<RegisteredParty> parties, LocalDate today) {
        Map<Block, Map<String, String>> missing = new LinkedHashMap<>();
        List<Completed> completed = new ArrayList<>();
        for (Block block : Block.values()) {
            RegisteredParty party = partyOf(block, parties)
                    .orElseThrow(() -> new MediationInputException("本案没有" + block.label + "，无法制作调解协议书"));
            Map<String, String> gaps = new LinkedHashMap<>();
            completed.add(read(block, form, party, today, gaps));
            if (!gaps.isEmpty()) {
                missing.put(block, gaps);
            }
        }
        if (!missing.isEmpty()) {
            List<String> parts = new ArrayList<>();
            missing.forEach((block, gaps) -> parts.add(block.label + "的" + String.join("、", gaps.values())));
            String first = missing.values().iterator().next().keySet().iterator().next();
            throw new MediationInputException(first, "达成书面协议须填写当事人基本情况：" + String.join("；", parts));
        }
        return completed;
    }

    private static Completed read(Block block, Map<String, Object> form, RegisteredParty party, LocalDate today,
                                  Map<String, String> gaps) {
        String typeCode = text(form.get(block.key(TYPE)));
        PartyType type;
        if (typeCode == null) {
            gaps.put(block.key(TYPE), "当事人类型");
            type = PartyType.PERSON;
        } else {
            type = parse(PartyType.class, typeCode, block, TYPE, "当事人类型");
        }
        String phone = text(form.get(block.key(PHONE)));
        if (phone != null && !PhoneNumberFormat.isValid(phone.replace(" ", ""))) {
            throw invalid(block, PHONE, "联系电话", "应为手机号码或带区号的固定电话");
        }
        phone = phone == null ? null : phone.replace(" ", "");
        String address = limited(form, block, ADDRESS, "住所", 200);
        if (type == PartyType.ORGANIZATION) {
            String titleCode = text(form.get(block.key(REPRESENTATIVE_TITLE)));
            RepresentativeTitle title = titleCode == null ? null
                    : parse(RepresentativeTitle.class, titleCode, block, REPRESENTATIVE_TITLE, "法定代表人或主要负责人");
            String representative = limited(form, block, REPRESENTATIVE, "法定代表人或主要负责人姓名", 50);
            if (address == null) {
                gaps.put(block.key(ADDRESS), "住所");
            }
            if (title == null) {
                gaps.put(block.key(REPRESENTATIVE_TITLE), "代表人职务（法定代表人或主要负责人）");
            }
            if (representative == null) {
                gaps.put(block.key(REPRESENTATIVE), "法定代表人或主要负责人姓名");
            }
            return new Completed(party.id(), phone, null, new PartyParticulars(type, null, null, null, null, null,
                    address, representative, title));
        }
        String idNumber = text(form.get(block.key(ID_NUMBER)));
        Sex fromId = null;
        LocalDate bornFromId = null;
        if (idNumber != null) {
            idNumber = ResidentIdNumber.normalize(idNumber.replace(" ", ""));
            String problem = ResidentIdNumber.problem(idNumber, today);
            if (problem != null) {
                throw invalid(block, ID_NUMBER, "公民身份号码", problem);
            }
            fromId = Sex.ofIdNumber(idNumber).orElseThrow();
            bornFromId = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        }
        String sexCode = text(form.get(block.key(SEX)));
        Sex sex = sexCode == null ? null : parse(Sex.class, sexCode, block, SEX, "性别");
        if (fromId != null && sex != null && sex != fromId) {
            throw invalid(block, SEX, "性别", "与公民身份号码不符（号码为" + fromId.label() + "性）");
        }
        sex = fromId != null ? fromId : sex;
        LocalDate birth = date(form.get(block.key(BIRTH_DATE)), block.label + "的出生日期");
        if (bornFromId != null && birth != null && !birth.equals(bornFromId)) {
            throw invalid(block, BIRTH_DATE, "出生日期", "与公民身份号码不符（号码为" + bornFromId + "）");
        }
        birth = bornFromId != null ? bornFromId : birth;
        if (birth != null && (birth.isAfter(today) || birth.isBefore(today.minusYears(150)))) {
            throw invalid(block, BIRTH_DATE, "出生日期", "不是有效的出生日期");
        }
        String ethnicity = text(form.get(block.key(ETHNICITY)));
        if (ethnicity != null && Ethnicity.name(ethnicity).isEmpty()) {
            throw invalid(block, ETHNICITY, "民族", "请从五十六个民族中选择");
        }
        String occupation = limited(form, block, OCCUPATION, "职业", 100);
        String workUnit = limited(form, block, WORK_UNIT, "工作单位", 200);
        if (sex == null) {
            gaps.put(block.key(SEX), "性别");
        }
        if (birth == null) {
            gaps.put(block.key(BIRTH_DATE), "出生日期");
        }
        if (ethnicity == null) {
            gaps.put(block.key(ETHNICITY), "民族");
        }
        if (occupation == null) {
            gaps.put(block.key(OCCUPATION), "职业");
        }
        if (workUnit == null && address == null) {
            gaps.put(block.key(WORK_UNIT), "工作单位或住所");
        }
        return new Completed(party.id(), phone, idNumber, new PartyParticulars(type, sex, birth, ethnicity,
                occupation, workUnit, address, null, null));
    }

    private static String limited(Map<String, Object> form, Block block, String field, String label, int max) {
        String value = text(form.get(block.key(field)));
        if (value != null && value.length() > max) {
            throw invalid(block, field, label, "不能超过" + max + "个字");
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, Block block, String field, String label) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw invalid(block, field, label, "请从列表中选择");
        }
    }

    private static MediationInputException invalid(Block block, String field, String label, String problem) {
        return new MediationInputException(block.key(field), block.label + "的" + label + "无效：" + problem);
    }
}
