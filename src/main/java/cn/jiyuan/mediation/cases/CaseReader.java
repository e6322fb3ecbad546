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

    /**
     * The case a reference names, if the user may read it. An unknown case and one the user may not read answer
     * alike (404), so that case ids and numbers cannot be probed.
     *
     * @param reference a case id (digits only) or a case number
     */
    public CaseFile readable(String reference, AuthenticatedUser user) {
        Optional<CaseFile> found = !reference.isEmpty() && reference.chars().allMatch(Character::isDigit)
                && reference.length() <= 18 ? cases.findById(Long.parseLong(reference)) : cases.findByNumber(reference);
        return found.filter(c -> access.mayRead(user, c))
                .orElseThrow(() -> new NotFoundException("没有找到案件，或您无权查看该案件"));
    }

    /** As {@link #readable}, and the user must be allowed the parties' personal data (documents, full record). */
    public CaseFile readableInFull(String reference, AuthenticatedUser user) {
        CaseFile c = readable(reference, user);
        if (!access.mayReadPersonalData(user, c)) {
            throw new ForbiddenException("只有办理和督办本案的人员可以查看含当事人个人信息的文书");
        }
        return c;
    }

    /** @param reference a case id (digits only) or a case number */
    public CaseDetails read(String reference, AuthenticatedUser user) {
        CaseFile c = readable(reference, user);
        long id = c.id();
        boolean full = access.mayReadPersonalData(user, c);
        List<CaseDetails.Party> parties = cases.findParties(id).stream().map(p -> new CaseDetails.Party(
                full ? p.name() : PersonalDataMasking.name(p.name()), p.role().name(), p.role().label(),
                full ? p.phone() : PersonalDataMasking.phone(p.phone()),
                full ? p.idNumber() : PersonalDataMasking.idNumber(p.idNumber()), p.consent(), p.townCode(),
                p.villageCode())).toList();
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
