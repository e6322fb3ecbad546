package cn.jiyuan.mediation.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.platform.AuthenticatedUser;

/**
 * The case ledger (矛盾纠纷台账): the cases a user may read ({@link CaseScope#reads()}), filtered, a page at a time
 * or all of them as a stream (for the Excel export), with parties in full only where the user handles the case.
 */
@Service
public class CaseLedger {

    /** Cases whose parties are fetched in one query while streaming. */
    static final int PARTY_BATCH = 500;

    private final LedgerRepository repository;
    private final OrganizationRepository registry;

    public CaseLedger(LedgerRepository repository, OrganizationRepository registry) {
        this.repository = repository;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public LedgerPage page(AuthenticatedUser user, LedgerRequest request) {
        LedgerQuery query = LedgerQuery.of(CaseScope.of(user, registry), LedgerQuery.Reach.READS, request.filter(),
                CaseTime.today());
        List<LedgerRow> rows = repository.page(query, request.sort(), request.page(), request.size());
        return new LedgerPage(repository.count(query), request.page(), request.size(), items(rows, CaseTime.today()));
    }

    /**
     * Every case of the ledger matching {@code filter}, in {@code sort}'s order, handed to {@code each} one at a time
     * with its parties (masked as in the pages), without holding the rows in memory: the Excel export writes them as
     * they come. Runs in a read-only transaction, which PostgreSQL's cursor needs; {@code each} must not keep the
     * transaction busy with writes.
     */
    @Transactional(readOnly = true)
    public void stream(AuthenticatedUser user, LedgerFilter filter, LedgerSort sort, Consumer<LedgerItem> each) {
        stream(user, filter, sort, each, LedgerRepository.FETCH_SIZE, PARTY_BATCH);
    }

    /** As {@link #stream(AuthenticatedUser, LedgerFilter, LedgerSort, Consumer)}, with other sizes (for tests). */
    @Transactional(readOnly = true)
    void stream(AuthenticatedUser user, LedgerFilter filter, LedgerSort sort, Consumer<LedgerItem> each,
                int fetchSize, int partyBatch) {
        LocalDate today = CaseTime.today();
        LedgerQuery query = LedgerQuery.of(CaseScope.of(user, registry), LedgerQuery.Reach.READS, filter, today);
        List<LedgerRow> batch = new ArrayList<>(partyBatch);
        // the parties of a batch are read while the cursor is open, on the same connection (the transaction's)
        repository.stream(query, sort, fetchSize, row -> {
            batch.add(row);
            if (batch.size() == partyBatch) {
                items(batch, today).forEach(each);
                batch.clear();
            }
        });
        items(batch, today).forEach(each);
    }

    private List<LedgerItem> items(List<LedgerRow> rows, LocalDate today) {
        Map<Long, List<LedgerRepository.StoredParty>> parties = repository.parties(rows.stream()
                .map(LedgerRow::caseId).toList());
        return rows.stream().map(row -> LedgerItems.of(row, parties.getOrDefault(row.caseId(), List.of()), today))
                .toList();
    }
}
