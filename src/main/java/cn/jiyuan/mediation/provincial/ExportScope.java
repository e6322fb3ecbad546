package cn.jiyuan.mediation.provincial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.ledger.LedgerFilter;
import cn.jiyuan.mediation.ledger.LedgerQuery;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;
import cn.jiyuan.mediation.platform.ForbiddenException;

/**
 * Whose cases a user reports to the province. Those who report (报送) are the grassroots section of the bureau and the
 * city centre — the whole city — and a justice office, its town: the cases whose place (case_file.town_code) is in a
 * town of the user's offices, whichever committee handled them, so that the towns' exports add up to the city's with
 * no case twice. Mediators and committees report through their justice office, and administrators run the system
 * rather than report its figures: 403 for them.
 *
 * <p>The condition is the ledger's own scope ({@link LedgerQuery} with {@link LedgerQuery.Reach#HANDLES}, what the
 * statistics count) narrowed to the towns: an export never holds a case its reader does not handle or supervise.
 *
 * @param towns the towns of a justice office's export; empty for the city
 * @param where the SQL condition on case_file {@code c}
 * @param args  its arguments
 */
record ExportScope(Set<String> towns, String where, List<Object> args) {

    static final String REFUSED = "人民调解案件统计数据仅供市司法局基层科、市级人民调解中心和司法所（本辖区）导出";

    /** @throws ForbiddenException for a user who reports no cases */
    static ExportScope of(AuthenticatedUser user, OrganizationRepository registry) {
        CaseScope scope = CaseScope.of(user, registry);
        if (!scope.wholeCity() && scope.towns().isEmpty()) {
            throw new ForbiddenException(REFUSED);
        }
        Set<String> towns = scope.wholeCity() ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(scope.towns()));
        // no filter: the period is the conclusion month, which the ledger's filter (registration days) does not know
        LedgerQuery handled = LedgerQuery.of(scope, LedgerQuery.Reach.HANDLES, LedgerFilter.period(null, null, null),
                CaseTime.today());
        StringBuilder where = new StringBuilder(handled.where());
        List<Object> args = new ArrayList<>(handled.args());
        if (!towns.isEmpty()) {
            where.append(" and c.town_code in (").append(String.join(", ", Collections.nCopies(towns.size(), "?")))
                    .append(")");
            args.addAll(towns);
        }
        return new ExportScope(towns, where.toString(), List.copyOf(args));
    }

    boolean wholeCity() {
        return towns.isEmpty();
    }
}
