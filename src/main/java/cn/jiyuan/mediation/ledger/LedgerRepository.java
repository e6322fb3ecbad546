package cn.jiyuan.mediation.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.PartyRole;

/** Runs {@link LedgerQuery}s: a page, the count, or every row one at a time. */
@Repository
class LedgerRepository {

    /** Rows fetched per round trip while streaming: PostgreSQL otherwise reads the whole result into memory. */
    static final int FETCH_SIZE = 500;

    /** A party as stored. */
    record StoredParty(long caseId, String name, PartyRole role, String phone) {
    }

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    LedgerRepository(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    long count(LedgerQuery query) {
        Long n = jdbc.queryForObject(query.countSql(), Long.class, query.args().toArray());
        return n == null ? 0 : n;
    }

    List<LedgerRow> page(LedgerQuery query, LedgerSort sort, int page, int size) {
        List<Object> args = new ArrayList<>(query.selectArgs());
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(query.selectSql(sort) + " limit ? offset ?", (rs, i) -> LedgerRow.map(rs), args.toArray());
    }

    /**
     * Hands every matching row to {@code each}, in order, without holding them: PostgreSQL keeps a cursor only inside
     * a transaction, so callers run this in one (read-only).
     */
    void stream(LedgerQuery query, LedgerSort sort, int fetchSize, Consumer<LedgerRow> each) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(fetchSize);
        streaming.query(query.selectSql(sort), (RowCallbackHandler) rs -> each.accept(LedgerRow.map(rs)),
                query.selectArgs().toArray());
    }

    /** The parties of the given cases, in the order given at intake. */
    Map<Long, List<StoredParty>> parties(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<StoredParty>> byCase = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(caseIds.size(), "?"));
        jdbc.query("select case_id, name, role, phone from case_party where case_id in (" + marks
                + ") order by case_id, position", (RowCallbackHandler) rs -> byCase
                .computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
                .add(new StoredParty(rs.getLong("case_id"), rs.getString("name"),
                        PartyRole.valueOf(rs.getString("role")), rs.getString("phone"))), caseIds.toArray());
        return byCase;
    }
}
