package cn.jiyuan.mediation.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiyuan.mediation.organization.Committee;

/**
 * Allocates case numbers, gapless and unique per committee and year, safe under concurrent intake.
 *
 * <p>Must run inside the transaction that inserts the case: the counter row (case_number_counter) is
 * locked with {@code select ... for update} and advanced there, so concurrent intakes into the same
 * committee queue on that row, and a rolled-back intake gives its number back. The first case of a
 * committee and year creates the row; two intakes doing so at once are resolved by the primary key: the
 * insert runs in a savepoint (nested transaction), and the loser rolls back to the savepoint (on
 * PostgreSQL an error would otherwise abort the whole transaction) and then locks the winner's row.
 */
@Component
public class CaseNumberAllocator {

    private static final Logger log = LoggerFactory.getLogger(CaseNumberAllocator.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    public CaseNumberAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public CaseNumber allocate(Committee committee, int year) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("case numbers are allocated in the transaction that inserts the case");
        }
        Integer last = lockCounter(committee.code(), year);
        if (last == null) {
            try {
                savepoint.executeWithoutResult(status -> jdbc.update(
                        "insert into case_number_counter (committee_code, case_year, last_value) values (?, ?, 0)",
                        committee.code(), year));
            } catch (DataIntegrityViolationException createdConcurrently) {
                // another intake created the row first; it is locked below
                log.debug("Counter of {} {} was created by a concurrent intake", committee.code(), year);
            }
            last = lockCounter(committee.code(), year);
        }
        int next = last + 1;
        jdbc.update("update case_number_counter set last_value = ? where committee_code = ? and case_year = ?",
                next, committee.code(), year);
        return new CaseNumber(committee.code(), year, next, CaseNumber.format(year, committee.shortName(), next));
    }

    private Integer lockCounter(String committeeCode, int year) {
        return jdbc.query("select last_value from case_number_counter where committee_code = ? and case_year = ?"
                        + " for update", (rs, i) -> rs.getInt(1), committeeCode, year).stream().findFirst()
                .orElse(null);
    }
}
