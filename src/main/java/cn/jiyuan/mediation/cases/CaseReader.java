package cn.jiyuan.mediation.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.UserText;

/** Reads a case for the API, by id or by case number, with personal data masked. */
@Service
public class CaseReader {

    private final CaseRepository cases;
    private final OrganizationRepository registry;
    private final CaseAccessPolicy access;

    public CaseReader(CaseRepository cases, OrganizationRepository registry, CaseAccessPolicy access) {
        this.cases = cases;
        this.registry = registry;
        this.access = access;
    }

    /** @param reference a case id (digits only) or a case number */
    public CaseDetails read(String reference, AuthenticatedUser user) {
        Optional<CaseFile> found = reference.chars().allMatch(Character::isDigit) && reference.length() <= 18
                ? cases.findById(Long.parseLong(reference)) : cases.findByNumber(reference);
        CaseFile c = found.orElseThrow(() -> new NotFoundException("没有案件" + UserText.quote(reference)));
        if (!access.mayRead(user, c)) {
            throw new ForbiddenException("无权查看案件 " + c.caseNumber());
        }
        long id = c.id();
        List<CaseDetails.Party> parties = cases.findParties(id).stream().map(p -> new CaseDetails.Party(p.name(),
                p.role().name(), p.role().label(), PersonalDataMasking.phone(p.phone()),
                PersonalDataMasking.idNumber(p.idNumber()), p.consent(), p.townCode(), p.villageCode())).toList();
        List<CaseDetails.Indicator> indicators = cases.findIndicators(id).stream()
                .map(i -> new CaseDetails.Indicator(i.name(), i.label())).toList();
        List<CaseDetails.History> history = cases.findHistory(id).stream().map(h -> new CaseDetails.History(
                h.status(), statusName(h.status()), local(h.at()), h.by(), h.note())).toList();
        return new CaseDetails(id, c.caseNumber(), c.status(), statusName(c.status()), c.outcome(),
                c.channel().name(), c.channel().label(), c.category().name(), c.category().label(), c.summary(),
                c.townCode(), unitName(c.townCode()), c.villageCode(), unitName(c.villageCode()),
                c.peopleInvolved(), c.amountInvolved(), c.enterpriseRelated(), c.referralReference(),
                c.crossVillage(), c.crossTown(), c.riskLevel().name(), c.riskLevel().label(), c.earlyWarning(),
                c.greenChannel(), c.handlingLevel().name(), c.handlingLevel().label(), c.committeeCode(),
                registry.findCommittee(c.committeeCode()).map(Committee::name).orElse(null), c.deadline(),
                c.processInstanceId(), local(c.createdAt()), c.createdBy(), parties, indicators, history);
    }

    private String unitName(String code) {
        return code == null ? null : registry.findUnit(code).map(OrgUnit::name).orElse(null);
    }

    private static String statusName(String status) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(status)) {
                return s.label();
            }
        }
        return status;
    }

    private static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toOffsetDateTime();
    }
}
