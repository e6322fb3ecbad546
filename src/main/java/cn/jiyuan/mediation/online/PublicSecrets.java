package cn.jiyuan.mediation.online;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.jiyuan.mediation.cases.CaseTime;

/**
 * The key that signs the proof-of-work challenges (table public_secret): made once, by whichever node needs it
 * first, then read by all, so that a challenge one node issued is accepted by any. Never leaves the server.
 */
@Repository
class PublicSecrets {

    static final String CHALLENGE_KEY = "challenge-hmac";

    private final JdbcTemplate jdbc;
    private volatile byte[] challengeKey;

    PublicSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    byte[] challengeKey() {
        byte[] key = challengeKey;
        if (key == null) {
            key = loadOrCreate();
            challengeKey = key;
        }
        return key;
    }

    private byte[] loadOrCreate() {
        List<String> stored = read();
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.update("insert into public_secret (name, secret, created_at) values (?, ?, ?)", CHALLENGE_KEY,
                        Base64.getEncoder().encodeToString(fresh), CaseTime.now());
            } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                // the other node's key is the one: read it below
            }
            stored = read();
        }
        return Base64.getDecoder().decode(stored.get(0));
    }

    private List<String> read() {
        return jdbc.queryForList("select secret from public_secret where name = ?", String.class, CHALLENGE_KEY);
    }
}
