package cn.jiyuan.mediation.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof of work without a database: a challenge is accepted only with its own signature, before it expires, at
 * the configured difficulty and with a nonce whose hash has the zero bits; the zero bits counted as the page counts
 * them.
 */
class ProofOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    private final PublicSettings settings = new PublicSettings();
    private final PublicSecrets secrets = mock(PublicSecrets.class);

    ProofOfWorkTest() {
        settings.getChallenge().setDifficulty(8);
        when(secrets.challengeKey()).thenReturn("0123456789abcdef0123456789abcdef".getBytes());
    }

    private ProofOfWork at(Instant now) {
        return new ProofOfWork(settings, secrets, mock(JdbcTemplate.class), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aSolvedChallengeIsAcceptedUntilItExpires() {
        ProofOfWork.Challenge c = at(NOW).issue();
        assertThat(c.difficulty()).isEqualTo(8);
        assertThat(c.expiresInSeconds()).isEqualTo(600);
        String nonce = PublicClient.solve(c.challenge(), 8);

        ProofOfWork.Solution solution = at(NOW.plus(Duration.ofMinutes(9))).check(c.challenge(), nonce);
        assertThat(solution.expires()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(solution.id()).hasSizeGreaterThan(16);

        assertThatThrownBy(() -> at(NOW.plus(Duration.ofMinutes(10))).check(c.challenge(), nonce))
                .isInstanceOf(ChallengeRefusedException.class).hasMessage("安全验证已过期，请重新提交");
    }

    @Test
    void aForgedOrUnsolvedOrEasierChallengeIsRefused() {
        ProofOfWork issuer = at(NOW);
        String challenge = issuer.issue().challenge();
        String nonce = PublicClient.solve(challenge, 8);
        // the difficulty written into the challenge cannot be lowered: the signature covers it
        String easier = challenge.replace(".8.", ".1.");
        assertThatThrownBy(() -> issuer.check(easier, nonce)).hasMessage("安全验证无效，请重新提交");
        // one signed by another key
        PublicSecrets other = mock(PublicSecrets.class);
        when(other.challengeKey()).thenReturn("another key of thirty-two bytes!".getBytes());
        String foreign = new ProofOfWork(settings, other, mock(JdbcTemplate.class), Clock.fixed(NOW, ZoneOffset.UTC))
                .issue().challenge();
        assertThatThrownBy(() -> issuer.check(foreign, PublicClient.solve(foreign, 8)))
                .hasMessage("安全验证无效，请重新提交");
        assertThatThrownBy(() -> issuer.check(challenge, "abc")).hasMessage("缺少安全验证，请重新提交");
        assertThatThrownBy(() -> issuer.check(null, nonce)).hasMessage("缺少安全验证，请重新提交");
        assertThatThrownBy(() -> issuer.check("v2.a.b.c.d", nonce)).hasMessage("安全验证无效，请重新提交");

        // raised since it was issued: an old, easier challenge no longer counts
        settings.getChallenge().setDifficulty(12);
        assertThatThrownBy(() -> at(NOW).check(challenge, nonce)).hasMessage("安全验证未通过，请重新提交");
    }

    @Test
    void zeroBitsAreCountedFromTheFirstByte() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x7f})).isEqualTo(17);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0x01, 0})).isEqualTo(7);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }
}
