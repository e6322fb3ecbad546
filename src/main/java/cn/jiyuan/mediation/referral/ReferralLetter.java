package cn.jiyuan.mediation.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseFile;
import cn.jiyuan.mediation.cases.CaseParty;
import cn.jiyuan.mediation.cases.CaseRepository;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.PartyRole;
import cn.jiyuan.mediation.cases.PersonalDataMasking;
import cn.jiyuan.mediation.cases.RegisteredParty;
import cn.jiyuan.mediation.cases.ReferralKind;
import cn.jiyuan.mediation.documents.PdfDocuments;
import cn.jiyuan.mediation.documents.UndisplayableCharacterException;
import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.platform.SystemAuthority;
import cn.jiyuan.mediation.referral.ReferralRepository.Referral;

/**
 * The referral letter (人民调解案件移送函) as a PDF, from the template {@value #TEMPLATE}
 * ({@code src/main/resources/templates/documents/referral-letter.html}): the wording is the template's, this class
 * hands it the values. The letter travels by e-mail, so the parties' phones are masked (DOMAIN 5: personal data in
 * e-mails is masked) and no ID number is printed; their names are in full, since the receiving unit takes the case
 * over and must know whose it is. The committee's contact person, a mediator of the registry, gives the rest.
 */
@Component
public class ReferralLetter {

    static final String TEMPLATE = "documents/referral-letter";

    /** What the letter and its e-mail say besides the referral's own record. */
    public record Values(String committeeName, String place, String contactName, String contactPhone) {
    }

    private final PdfDocuments documents;
    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final IdentityService identity;

    public ReferralLetter(PdfDocuments documents, CaseRepository cases, OrganizationRepository registry,
                          IdentityService identity) {
        this.documents = documents;
        this.cases = cases;
        this.registry = registry;
        this.identity = identity;
    }

    /**
     * @throws ReferralInputException when the reason holds a character the embedded font cannot print (the mediator
     *     writes it otherwise on the form)
     */
    public byte[] render(CaseFile c, Referral r) {
        Values values = values(c, r);
        List<Map<String, Object>> parties = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<RegisteredParty> registered = cases.findRegisteredParties(c.id());
        for (int i = 0; i < registered.size(); i++) {
            CaseParty p = registered.get(i).party();
            Map<String, Object> party = new HashMap<>();
            party.put("role", p.role() == PartyRole.APPLICANT ? "申请人" : "被申请人");
            party.put("name", p.name());
            party.put("phone", p.phone() == null || p.phone().isBlank() ? null : PersonalDataMasking.phone(p.phone()));
            parties.add(party);
            texts.put("parties[" + i + "].name", p.name());
        }
        texts.put(CaseReferralVariables.REASON, r.reason());
        texts.put("summary", c.summary());
        try {
            documents.requireDisplayable(texts);
        } catch (UndisplayableCharacterException e) {
            String where = e.field().equals(CaseReferralVariables.REASON) ? "移送理由" : e.field().equals("summary")
                    ? "纠纷简要情况" : "当事人姓名";
            throw new ReferralInputException(CaseReferralVariables.REASON, where + "中的字符“" + e.character()
                    + "”无法印入移送函，请改用其他写法" + (where.equals("移送理由") ? "" : "（请先更正案件登记信息）"));
        }
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", c.caseNumber());
        v.put("committeeName", values.committeeName());
        v.put("unitName", r.unitName());
        v.put("kindLabel", r.kind().label());
        v.put("receiver", r.kind().receiver());
        v.put("registeredOn", c.createdAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate());
        LocalDate referredOn = r.referredAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate();
        v.put("referredOn", referredOn);
        v.put("replyDue", r.replyDue());
        v.put("categoryLabel", c.category().label());
        v.put("place", values.place());
        // the summary as registered, its phone and ID numbers masked like the parties'
        v.put("summary", paragraphs(PersonalDataMasking.text(c.summary())));
        v.put("parties", parties);
        v.put("reason", paragraphs(PersonalDataMasking.text(r.reason())));
        v.put("basis", basis(r.kind()));
        v.put("contactName", values.contactName());
        v.put("contactPhone", values.contactPhone());
        return documents.render(TEMPLATE, v, referredOn);
    }

    /** The committee, the place and the contact person of a referral. */
    public Values values(CaseFile c, Referral r) {
        String committee = registry.findCommittee(c.committeeCode()).map(Committee::name).orElse(c.committeeCode());
        String town = registry.findUnit(c.townCode()).map(OrgUnit::name).orElse("");
        String village = c.villageCode() == null ? "" : registry.findUnit(c.villageCode()).map(OrgUnit::name).orElse("");
        Person person = registry.findPersonByLogin(r.referredBy()).orElse(null);
        String name = person != null ? person.name() : userName(r.referredBy());
        return new Values(committee, town + village, name, person == null ? null : person.phone());
    }

    /** The sentence of the mechanism a referral of this kind follows. */
    static String basis(ReferralKind kind) {
        return switch (kind) {
            case COURT -> "根据《中华人民共和国人民调解法》和诉调对接工作机制，现将该纠纷移送你院，请依法立案受理，或者进行诉前调解、"
                    + "引导当事人诉讼。";
            case POLICE -> "该纠纷可能引发治安案件或者刑事案件（民转刑），根据警调对接工作机制，现移送你单位依法处置，"
                    + "我委将配合做好当事人疏导稳控工作。";
            case PETITION -> "该纠纷涉及信访事项，根据访调对接工作机制，现移送你单位依法处理，我委将配合做好化解工作。";
            case ADMINISTRATIVE -> "该纠纷属于你单位法定职责范围，需依法进行行政调解或者处理，根据人民调解与行政调解衔接联动机制，"
                    + "现予移送。";
        };
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String userName(String userId) {
        return SystemAuthority.call(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return userId;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                    + (user.getLastName() == null ? "" : user.getLastName())).strip();
            return name.isEmpty() ? userId : name;
        });
    }
}
