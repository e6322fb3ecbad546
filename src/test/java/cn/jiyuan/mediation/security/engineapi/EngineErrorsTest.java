package cn.jiyuan.mediation.security.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.platform.DatabaseFailures;

/** The engine REST API's error answers for lost races and an unreachable database, in the user's words. */
class EngineErrorsTest {

    static EngineErrors.Translation translate(int status, String json) {
        return EngineErrors.translate(status, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLostRaceIs409NamingWhatToDoWithoutEngineInternals() {
        EngineErrors.Translation ole = translate(500, """
                {"type":"OptimisticLockingException","message":"ENGINE-03005 Execution of 'UPDATE TaskEntity[7]'\
                 failed. Entity was updated by another transaction concurrently.","code":1}""");
        assertThat(ole.status()).isEqualTo(409);
        assertThat(ole.message()).isEqualTo(DatabaseFailures.TASK_RACE_MESSAGE);
        String body = new String(EngineErrors.body(ole), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("OptimisticLocking", "TaskEntity", "ENGINE-");

        EngineErrors.Translation claimed = translate(500, """
                {"type":"TaskAlreadyClaimedException","message":"Task '7' is already claimed by someone else.","code":0}""");
        assertThat(claimed.status()).isEqualTo(409);
        assertThat(claimed.message()).isEqualTo(DatabaseFailures.TASK_RACE_MESSAGE);
    }

    @Test
    void anUnreachableDatabaseIs503() {
        EngineErrors.Translation outage = translate(500, """
                {"type":"CannotCreateTransactionException","message":"Could not open JDBC Connection for transaction"}""");
        assertThat(outage.status()).isEqualTo(503);
        assertThat(outage.message()).isEqualTo(DatabaseFailures.UNAVAILABLE_MESSAGE);
        assertThat(new String(EngineErrors.body(outage), StandardCharsets.UTF_8)).doesNotContain("JDBC");
        assertThat(translate(500, """
                {"type":"ProcessEngineException","message":"flush failed","code":22002}""").status()).isEqualTo(503);
    }
}
