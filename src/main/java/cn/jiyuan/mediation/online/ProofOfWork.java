package cn.jiyuan.mediation.online;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The proof of work an application costs (no third-party service): the server hands out a signed challenge
 * {@code v1.<id>.<expires>.<difficulty>.<signature>}; the page looks for a nonce (a decimal number) such that
 * SHA-256 of {@code <challenge>:<nonce>} begins with {@code difficulty} zero bits (about 2^difficulty hashes, a few
 * seconds on a phone with 16 bits) and sends both with the application. The server checks the signature (HMAC-SHA256
 * with the key of {@link PublicSecrets}), the expiry, the difficulty and the hash, and accepts each challenge once
 * (table public_challenge_used). Issuing writes nothing: only a challenge spent on an application is stored.
 */
@Component
class ProofOfWork {

    static final String VERSION = "v1";
    private static final Pattern NONCE = Pattern.compile("[0-9]{1,20}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PublicSettings.Challenge settings;
    private final PublicSecrets secrets;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    ProofOfWork(PublicSettings settings, PublicSecrets secrets, JdbcTemplate jdbc) {
        this(settings, secrets, jdbc, Clock.systemUTC());
    }

    ProofOfWork(PublicSettings settings, PublicSecrets secrets, JdbcTemplate jdbc, Clock clock) {
        this.settings = settings.getChallenge();
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A challenge to solve, as the page gets it. */
    record Challenge(String challenge, int difficulty, long expiresInSeconds) {
    }

    Challenge issue() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        long expires = clock.instant().plus(settings.getTimeToLive()).getEpochSecond();
        String body = VERSION + "." + B64.encodeToString(id) + "." + expires + "." + settings.getDifficulty();
        return new Challenge(body + "." + sign(body), settings.getDifficulty(), settings.getTimeToLive().toSeconds());
    }

    /** A checked solution, to be spent with {@link #spend}. */
    record Solution(String id, Instant expires) {
    }

    /**
     * Checks the solution without spending it (an application with a mistake keeps its solved challenge).
     *
     * @throws ChallengeRefusedException in Chinese: the page fetches a new challenge and solves it again
     */
    Solution check(String challenge, String nonce) {
        if (challenge == null || nonce == null || challenge.length() > 200 || !NONCE.matcher(nonce).matches()) {
            throw new ChallengeRefusedException("缺少安全验证，请重新提交");
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new ChallengeRefusedException("安全验证无效，请重新提交");
        }
        String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            throw new ChallengeRefusedException("安全验证无效，请重新提交");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!clock.instant().isBefore(expires)) {
            throw new ChallengeRefusedException("安全验证已过期，请重新提交");
        }
        int difficulty = Integer.parseInt(parts[3]);
        if (difficulty < settings.getDifficulty() || leadingZeroBits(sha256(challenge + ":" + nonce)) < difficulty) {
            throw new ChallengeRefusedException("安全验证未通过，请重新提交");
        }
        return new Solution(parts[1], expires);
    }

    /**
     * Marks the challenge used (in a transaction of its own, before the application is registered: an application
     * that then fails has spent it, and the page solves a new one).
     *
     * @throws ChallengeRefusedException when it was used before
     */
    void spend(Solution solution) {
        try {
            jdbc.update("insert into public_challenge_used (challenge_id, expires_at) values (?, ?)", solution.id(),
                    java.time.OffsetDateTime.ofInstant(solution.expires(), java.time.ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            throw new ChallengeRefusedException("安全验证已使用过，请重新提交");
        }
        // spent challenges past their expiry are refused by their date anyway: their rows may go
        jdbc.update("delete from public_challenge_used where expires_at < ?",
                java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.challengeKey(), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }
}
