package cn.jiyuan.mediation.organization.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiyuan.mediation.ledger.FilterParameters;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;
import cn.jiyuan.mediation.platform.InvalidRequestException;

/**
 * Whose staffing a user may see: the grassroots section and administrators the whole city (or one town, with
 * {@code townCode}); a justice office its own town (another town: 403); everyone else 403.
 *
 * @param towns     the towns included; empty with {@code wholeCity}
 * @param wholeCity also the committees of the whole city (industry committees, the city centre)
 * @param townCode  the one town asked for, or null
 */
public record StaffingReportScope(boolean wholeCity, Set<String> towns, String townCode) {

    public static StaffingReportScope of(AuthenticatedUser user, String townCode, OrganizationRepository registry) {
        List<FieldError> errors = new ArrayList<>();
        String town = FilterParameters.town("townCode", townCode, registry, errors);
        boolean city = user.isAdministrator() || user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId());
        Set<String> own = registry.findOffices().stream().filter(o -> user.isMemberOf(o.groupId()))
                .map(JusticeOffice::townCode).collect(Collectors.toSet());
        if (!city && own.isEmpty()) {
            throw new ForbiddenException("人员配备和覆盖情况仅供市局基层科、司法所（本辖区）和系统管理员查看");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (town != null) {
            if (!city && !own.contains(town)) {
                throw new ForbiddenException("司法所只能查看本辖区的人员配备情况");
            }
            return new StaffingReportScope(false, Set.of(town), town);
        }
        return city ? new StaffingReportScope(true, Set.of(), null) : new StaffingReportScope(false, own, null);
    }

    /** Whether a unit or committee of this town (null: of the whole city) is in the report. */
    public boolean includes(String town) {
        return wholeCity || town != null && towns.contains(town);
    }
}
