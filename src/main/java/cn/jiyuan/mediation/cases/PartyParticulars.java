package cn.jiyuan.mediation.cases;

import java.time.LocalDate;
import java.time.Period;

/**
 * A party's particulars as a written mediation agreement states them (人民调解法第二十九条). A natural person:
 * sex, birth date (the age is computed on the agreement's date), ethnicity (a GB/T 3304 code, see
 * {@link Ethnicity}), occupation, work unit and residence. An organisation: its address and its legal
 * representative or principal. Any of them may be null while not yet recorded (intake asks for them, optionally).
 */
public record PartyParticulars(PartyType type, Sex sex, LocalDate birthDate, String ethnicity, String occupation,
                               String workUnit, String address, String representative,
                               RepresentativeTitle representativeTitle) {

    public static final PartyParticulars NONE = new PartyParticulars(null, null, null, null, null, null, null, null,
            null);

    /** Full years of age on the given day, or null when the birth date is not known. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    public boolean organization() {
        return type == PartyType.ORGANIZATION;
    }
}
