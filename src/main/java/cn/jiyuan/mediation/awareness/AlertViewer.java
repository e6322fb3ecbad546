package cn.jiyuan.mediation.awareness;

import java.util.Set;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;

/**
 * Whose alerts a supervisor reads, by the same scope as the case list ({@link CaseScope}): whoever reads every case
 * (the grassroots section, the city centre, administrators) the whole city, a justice office the towns of its
 * offices — city-wide alerts (a category across the city, industry committees) only the city. Mediators supervise
 * no town: 403, as for screening coverage.
 */
public record AlertViewer(boolean wholeCity, Set<String> towns) {

    public static AlertViewer of(AuthenticatedUser user, OrganizationRepository registry) {
        CaseScope scope = CaseScope.of(user, registry);
        if (scope.readsAll()) {
            return new AlertViewer(true, Set.of());
        }
        if (scope.towns().isEmpty()) {
            throw new ForbiddenException("态势感知预警仅供司法所（本辖区）、市局基层科、市级人民调解中心和系统管理员查看");
        }
        return new AlertViewer(false, scope.towns());
    }
}
