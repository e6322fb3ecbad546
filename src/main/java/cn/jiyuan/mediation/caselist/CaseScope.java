package cn.jiyuan.mediation.caselist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.identity.RoleGroup;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * The cases a user's list covers, as SQL over case_file: the same rules as
 * {@link cn.jiyuan.mediation.cases.CaseAccessPolicy}, turned into sets of committees and towns so that a page of
 * cases can be queried rather than every case tested. Each row is still checked against the policy afterwards, so
 * a difference between the two can only hide a case, never show one. The supervisors' ledger, statistics and
 * dashboard use the same scope, so that no figure counts a case its reader may not see.
 *
 * @param wholeCity  the grassroots section and the city centre: they handle or supervise every case
 * @param readsAll   also administrators, who read every case masked
 * @param committees committees whose cases the user handles or supervises (member, or their justice office
 *                   supervises the committee)
 * @param towns      towns whose justice office the user belongs to
 * @param userId     whoever registered a case may read it (masked unless they also handle it)
 */
public record CaseScope(boolean wholeCity, boolean readsAll, Set<String> committees, Set<String> towns, String userId) {

    public static CaseScope of(AuthenticatedUser user, OrganizationRepository registry) {
        boolean wholeCity = user.isMemberOf(RoleGroup.GRASSROOTS_SECTION.groupId())
                || user.isMemberOf(Committee.CITY_CENTER_GROUP);
        List<JusticeOffice> offices = registry.findOffices().stream().filter(o -> user.isMemberOf(o.groupId()))
                .toList();
        Set<String> officeCodes = offices.stream().map(JusticeOffice::code).collect(Collectors.toSet());
        Set<String> committees = registry.findCommittees().stream().filter(c -> user.isMemberOf(c.groupId())
                        || c.supervisingOfficeCode() != null && officeCodes.contains(c.supervisingOfficeCode()))
                .map(Committee::code).collect(Collectors.toUnmodifiableSet());
        Set<String> towns = offices.stream().map(JusticeOffice::townCode).collect(Collectors.toUnmodifiableSet());
        return new CaseScope(wholeCity, wholeCity || user.isAdministrator(), committees, towns, user.userId());
    }

    /** SQL condition on case_file {@code c}: the user handles or supervises the case. */
    public Sql handles() {
        if (wholeCity) {
            return new Sql("1 = 1", List.of());
        }
        if (committees.isEmpty() && towns.isEmpty()) {
            return new Sql("1 = 0", List.of());
        }
        StringBuilder sql = new StringBuilder("(");
        List<Object> args = new java.util.ArrayList<>();
        if (!committees.isEmpty()) {
            sql.append("c.committee_code in (").append(placeholders(committees.size())).append(")");
            args.addAll(committees);
        }
        if (!towns.isEmpty()) {
            sql.append(committees.isEmpty() ? "" : " or ").append("c.town_code in (")
                    .append(placeholders(towns.size())).append(")");
            args.addAll(towns);
        }
        return new Sql(sql.append(")").toString(), args);
    }

    /** SQL condition on case_file {@code c}: the user may read the case (in full or masked). */
    public Sql reads() {
        if (readsAll) {
            return new Sql("1 = 1", List.of());
        }
        Sql handles = handles();
        List<Object> args = new java.util.ArrayList<>(handles.args());
        args.add(userId);
        return new Sql("(" + handles.text() + " or c.created_by = ?)", args);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** A piece of SQL and its arguments. */
    public record Sql(String text, List<Object> args) {
    }
}
