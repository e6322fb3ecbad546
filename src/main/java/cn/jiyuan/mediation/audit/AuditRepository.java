package cn.jiyuan.mediation.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes and searches audit_record (Flyway V7). */
@Repository
class AuditRepository {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Never part of the request's work: a record stands on its own, committed at once, and rolling back
        // anything else cannot take it along.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setTimeout(10);
    }

    /** Stores the records (the rows of one request) in one short transaction of their own. */
    void insert(List<AuditRecord> records) {
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate("insert into audit_record (occurred_at, user_id,"
                + " way_in, client_address, http_method, path_text, action, case_id, case_number, status)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records, records.size(), (ps, r) -> {
                    ps.setObject(1, r.at());
                    ps.setString(2, r.userId());
                    ps.setString(3, r.wayIn().name());
                    ps.setString(4, r.clientAddress());
                    ps.setString(5, r.method());
                    ps.setString(6, r.path());
                    ps.setString(7, r.action().name());
                    if (r.caseId() == null) {
                        ps.setNull(8, Types.BIGINT);
                    } else {
                        ps.setLong(8, r.caseId());
                    }
                    ps.setString(9, r.caseNumber());
                    ps.setInt(10, r.status());
                }));
    }

    record Page(long total, List<AuditRecord> items) {
    }

    /** The matching records, newest first. */
    Page search(AuditCriteria c) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (c.caseId() != null) {
            where.append(" and case_id = ?");
            args.add(c.caseId());
        }
        if (c.caseNumber() != null) {
            where.append(" and case_number = ?");
            args.add(c.caseNumber());
        }
        if (c.userId() != null) {
            where.append(" and user_id = ?");
            args.add(c.userId());
        }
        if (c.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(c.from());
        }
        if (c.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(c.to());
        }
        if (c.wayIn() != null) {
            where.append(" and way_in = ?");
            args.add(c.wayIn().name());
        }
        if (c.action() != null) {
            where.append(" and action = ?");
            args.add(c.action().name());
        }
        Long total = jdbc.queryForObject("select count(*) from audit_record" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add((long) c.page() * c.size());
        pageArgs.add(c.size());
        List<AuditRecord> items = jdbc.query("select * from audit_record" + where
                + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only",
                AuditRepository::map, pageArgs.toArray());
        return new Page(total == null ? 0 : total, items);
    }

    private static AuditRecord map(ResultSet rs, int i) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("user_id"), WayIn.valueOf(rs.getString("way_in")), rs.getString("client_address"),
                rs.getString("http_method"), rs.getString("path_text"), AuditAction.valueOf(rs.getString("action")),
                rs.getObject("case_id", Long.class), rs.getString("case_number"), rs.getInt("status"));
    }
}
