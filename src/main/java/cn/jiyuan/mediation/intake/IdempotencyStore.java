package cn.jiyuan.mediation.intake;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseTime;

/**
 * The api_idempotency table. A key is reserved (inserted) at the start of the request's transaction and
 * completed with the answer at its end; the primary key (user, operation, key) makes a concurrent retry wait
 * for, or fail against, the first request instead of doing the work twice.
 */
@Repository
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IdempotencyRecord> find(String userId, String operation, String key) {
        return jdbc.query("select request_hash, case_id, response_body from api_idempotency"
                        + " where user_id = ? and operation = ? and idempotency_key = ?",
                (rs, i) -> new IdempotencyRecord(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3)),
                userId, operation, key).stream().findFirst();
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException when the key is taken */
    public void reserve(String userId, String operation, String key, String requestHash) {
        jdbc.update("insert into api_idempotency (user_id, operation, idempotency_key, request_hash, created_at)"
                + " values (?, ?, ?, ?, ?)", userId, operation, key, requestHash, CaseTime.now());
    }

    public void complete(String userId, String operation, String key, long caseId, String responseBody) {
        jdbc.update("update api_idempotency set case_id = ?, response_body = ?"
                + " where user_id = ? and operation = ? and idempotency_key = ?", caseId, responseBody, userId,
                operation, key);
    }
}
