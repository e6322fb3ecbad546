package cn.jiyuan.mediation.disputecase.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a written people's mediation agreement (人民调解协议书) shows, per Art. 29 of the People's
 * Mediation Law: the parties' basic information, the main facts of the dispute, the points in
 * dispute and each side's responsibility, the agreed terms, and how and by when they are performed.
 *
 * <p>Immutable: lists are copied on construction. Every required field is checked and a missing or
 * malformed one raises an {@link IllegalArgumentException} whose message starts with the field name.
 *
 * @param caseNumber case number as shown, e.g. {@code （2026）济沁园调字第12号}
 * @param committeeName the people's mediation committee that stamps the agreement
 * @param parties the parties; at least one 申请人 and one 被申请人
 * @param disputeFacts the main facts of the dispute (paragraphs separated by line breaks)
 * @param disputedPointsAndResponsibility the points in dispute and each side's responsibility
 * @param agreedTerms the terms agreed, in order; numbered by the renderer
 * @param performanceMethod how the terms are performed
 * @param performanceDeadline by when the terms are performed; not before {@code agreementDate}
 * @param mediatorNames the people's mediators who sign
 * @param agreementDate the date the agreement is made
 * @param judicialConfirmationNotice the note on judicial confirmation (司法确认); when null or blank
 *     {@link #DEFAULT_JUDICIAL_CONFIRMATION_NOTICE} is used
 */
public record AgreementDocument(
        String caseNumber,
        String committeeName,
        List<Party> parties,
        String disputeFacts,
        String disputedPointsAndResponsibility,
        List<String> agreedTerms,
        String performanceMethod,
        LocalDate performanceDeadline,
        List<String> mediatorNames,
        LocalDate agreementDate,
        String judicialConfirmationNotice) {

    /** Role of a party who applied for mediation. */
    public static final String ROLE_APPLICANT = "申请人";
    /** Role of the other party. */
    public static final String ROLE_RESPONDENT = "被申请人";

    /** Art. 33 of the People's Mediation Law: joint application within 30 days of taking effect. */
    public static final String DEFAULT_JUDICIAL_CONFIRMATION_NOTICE =
            "经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自本调解协议生效之日起三十日内"
                    + "共同向人民法院申请司法确认。人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，"
                    + "对方当事人可以向人民法院申请强制执行。";

    private static final Set<String> ROLES = Set.of(ROLE_APPLICANT, ROLE_RESPONDENT);

    public AgreementDocument {
        caseNumber = requireText("caseNumber", caseNumber);
        committeeName = requireText("committeeName", committeeName);
        if (parties == null || parties.isEmpty()) {
            throw new IllegalArgumentException("parties: at least one 申请人 and one 被申请人 are required");
        }
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) == null) {
                throw new IllegalArgumentException("parties[" + i + "]: must not be null");
            }
        }
        parties = List.copyOf(parties);
        if (parties.stream().noneMatch(p -> p.role().equals(ROLE_APPLICANT))) {
            throw new IllegalArgumentException("parties: at least one party with role 申请人 is required");
        }
        if (parties.stream().noneMatch(p -> p.role().equals(ROLE_RESPONDENT))) {
            throw new IllegalArgumentException("parties: at least one party with role 被申请人 is required");
        }
        disputeFacts = requireText("disputeFacts", disputeFacts);
        disputedPointsAndResponsibility =
                requireText("disputedPointsAndResponsibility", disputedPointsAndResponsibility);
        agreedTerms = requireTextList("agreedTerms", agreedTerms);
        performanceMethod = requireText("performanceMethod", performanceMethod);
        if (performanceDeadline == null) {
            throw new IllegalArgumentException("performanceDeadline: is required");
        }
        mediatorNames = requireTextList("mediatorNames", mediatorNames);
        if (agreementDate == null) {
            throw new IllegalArgumentException("agreementDate: is required");
        }
        if (performanceDeadline.isBefore(agreementDate)) {
            throw new IllegalArgumentException("performanceDeadline: " + performanceDeadline
                    + " is before agreementDate " + agreementDate);
        }
        judicialConfirmationNotice = judicialConfirmationNotice == null || judicialConfirmationNotice.isBlank()
                ? DEFAULT_JUDICIAL_CONFIRMATION_NOTICE
                : judicialConfirmationNotice.strip();
    }

    /** Same as the canonical constructor with the default judicial confirmation notice. */
    public AgreementDocument(
            String caseNumber,
            String committeeName,
            List<Party> parties,
            String disputeFacts,
            String disputedPointsAndResponsibility,
            List<String> agreedTerms,
            String performanceMethod,
            LocalDate performanceDeadline,
            List<String> mediatorNames,
            LocalDate agreementDate) {
        this(caseNumber, committeeName, parties, disputeFacts, disputedPointsAndResponsibility, agreedTerms,
                performanceMethod, performanceDeadline, mediatorNames, agreementDate, null);
    }

    /**
     * One party's basic information as printed, in full: the agreement is the document the parties sign and take
     * to court for judicial confirmation (人民调解法第二十九、三十三条). Only role and name are required here; the
     * mediation form requires the rest before a written agreement is made. A natural person: sex, age, ethnicity,
     * occupation, work unit, residence, ID number, phone. An organisation: address, legal representative or
     * principal, phone.
     *
     * @param role {@code 申请人} or {@code 被申请人}
     * @param name natural person's or organisation's name
     * @param organization whether the party is a legal person or other organisation
     * @param sex 男 / 女
     * @param age full years on the agreement's date
     * @param ethnicity e.g. 汉族
     * @param representativeTitle 法定代表人 or 主要负责人 (an organisation)
     * @param representative the representative's name (an organisation)
     */
    public record Party(
            String role, String name, boolean organization, String sex, Integer age, String ethnicity,
            String occupation, String workUnit, String address, String idNumber, String phone,
            String representativeTitle, String representative) {

        public Party {
            role = requireText("party.role", role);
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("party.role: must be 申请人 or 被申请人 but was '" + role + "'");
            }
            name = requireText("party.name", name);
            sex = optionalText(sex);
            if (age != null && (age < 0 || age > 150)) {
                throw new IllegalArgumentException("party.age: must be 0 to 150 but was " + age);
            }
            ethnicity = optionalText(ethnicity);
            occupation = optionalText(occupation);
            workUnit = optionalText(workUnit);
            address = optionalText(address);
            idNumber = optionalText(idNumber);
            phone = optionalText(phone);
            representativeTitle = optionalText(representativeTitle);
            representative = optionalText(representative);
        }

        /** A party known by role and name only. */
        public static Party named(String role, String name) {
            return new Party(role, name, false, null, null, null, null, null, null, null, null, null, null);
        }

        public static Party person(String role, String name, String sex, Integer age, String ethnicity,
                                   String occupation, String workUnit, String address, String idNumber,
                                   String phone) {
            return new Party(role, name, false, sex, age, ethnicity, occupation, workUnit, address, idNumber, phone,
                    null, null);
        }

        public static Party organization(String role, String name, String address, String representativeTitle,
                                         String representative, String phone) {
            return new Party(role, name, true, null, null, null, null, null, address, null, phone,
                    representativeTitle, representative);
        }
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is required and must not be blank");
        }
        return value.strip();
    }

    private static List<String> requireTextList(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + ": at least one entry is required");
        }
        String[] copy = new String[values.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = requireText(field + "[" + i + "]", values.get(i));
        }
        return List.of(copy);
    }

    private static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
