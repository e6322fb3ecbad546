package cn.jiyuan.mediation.monthlyreport;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;

/**
 * Who signs off a town's monthly report (审核签发月报), decided from the registry each time the task is created:
 * <ol>
 * <li>the justice office's head (所长) — the task is a candidate task of the head's group only, so that the office's
 * staff who recorded the meeting cannot also sign the report they wrote;</li>
 * <li>without a head who can log in (none registered, or no login), the office's deputy heads (副所长), who stand in
 * for the head as in any office;</li>
 * <li>without either, the office's staff, with a warning on the task and in the form — the report to the town's party
 * committee and government must not wait for a registry entry, but nobody should mistake it for the head's
 * sign-off — and in the log for the administrator, who completes the registry.</li>
 * </ol>
 * The grassroots section is not a stand-in: it receives the report in copy and supervises; signing a town's report
 * to its own party committee is not the bureau's part.
 */
@Component
public class MonthlySigners {

    private static final Logger log = LoggerFactory.getLogger(MonthlySigners.class);

    static final String DEPUTY_NOTE = "本所在组织名册中没有可登录平台的所长，本月报由副所长审核签发。";
    static final String STAFF_NOTE = "注意：本所在组织名册中没有可登录平台的所长或副所长，本月报暂由司法所工作人员审核签发。"
            + "请系统管理员在组织名册中登记所长并为其开通平台账号。";

    /** The candidate group of the sign-off task and the note shown with it (empty for the head). */
    public record Signer(String groupId, String note, OfficeRole role) {
    }

    private final OrganizationRepository registry;

    public MonthlySigners(OrganizationRepository registry) {
        this.registry = registry;
    }

    /**
     * Who signed, as the e-mail and the roll-up name them: 李建华（克井司法所所长）; the login when the registry no
     * longer knows it.
     */
    public String describe(String login) {
        if (login == null) {
            return "";
        }
        return registry.findPersonByLogin(login).map(p -> p.name() + position(p)).orElse(login);
    }

    private String position(Person p) {
        if (p.officeCode() == null || p.officeRole() == null) {
            return "";
        }
        return registry.findOffice(p.officeCode()).map(o -> "（" + o.name() + p.officeRole().label() + "）").orElse("");
    }

    public Signer of(String townCode) {
        JusticeOffice office = registry.findOfficeOfTown(townCode)
                .orElseThrow(() -> new IllegalStateException("no justice office in town " + townCode));
        List<Person> people = registry.findPersonsOfOffice(office.code()).stream()
                .filter(p -> p.login() != null && !p.login().isBlank()).toList();
        if (people.stream().anyMatch(p -> p.officeRole() == OfficeRole.HEAD)) {
            return new Signer(office.headGroupId(), "", OfficeRole.HEAD);
        }
        if (people.stream().anyMatch(p -> p.officeRole() == OfficeRole.DEPUTY_HEAD)) {
            log.info("{} has no head who can log in: its deputy heads sign off the monthly report", office.name());
            return new Signer(office.deputyHeadGroupId(), DEPUTY_NOTE, OfficeRole.DEPUTY_HEAD);
        }
        log.warn("{} has neither head nor deputy head who can log in: its staff sign off the monthly report until the"
                + " registry names a head with a login", office.name());
        return new Signer(office.groupId(), STAFF_NOTE, OfficeRole.STAFF);
    }
}
