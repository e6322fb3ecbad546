package cn.jiyuan.mediation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are an outage (503), which a lost race (409), and which neither, however they are wrapped. */
class DatabaseFailuresTest {

    @Test
    void connectionFailuresAreAnOutageWhereverTheyAreWrapped() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms");
        assertThat(DatabaseFailures.isUnavailable(new CannotCreateTransactionException("no connection", poolTimeout)))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new CannotGetJdbcConnectionException("no connection", poolTimeout)))
                .isTrue();
        // the engine wraps MyBatis, which wraps the driver's exception
        PSQLException terminated = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);
        assertThat(DatabaseFailures.isUnavailable(new ProcessEngineException("flush failed",
                new PersistenceException("### Error updating database", terminated)))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("FATAL: terminating connection due to"
                + " administrator command", "57P01"))).isTrue();
        // a rollback that failed on the broken connection
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseFailures.isUnavailable(rollback)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate",
                new SQLException("unique violation", "23505")))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new ProcessEngineException("Unknown property used in expression")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("broken"))).isFalse();
    }

    @Test
    void lostRacesAreConflicts() {
        assertThat(DatabaseFailures.isLostRace(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE"
                + " TaskEntity[1]' failed. Entity was updated by another transaction concurrently."))).isTrue();
        assertThat(DatabaseFailures.isLostRace(new TaskAlreadyClaimedException("1", "lisi"))).isTrue();
        assertThat(DatabaseFailures.isLostRace(new ProcessEngineException("wrapped",
                new CannotAcquireLockException("lock timeout")))).isTrue();
        assertThat(DatabaseFailures.isLostRace(new ProcessEngineException("Unknown property"))).isFalse();
    }

    @Test
    void theEngineRestApisAnswerNamesAnOutageByCodeTypeOrMessage() {
        assertThat(DatabaseFailures.isUnavailable("ProcessEngineException", "whatever",
                DatabaseFailures.UNAVAILABLE_CODE)).isTrue();
        assertThat(DatabaseFailures.isUnavailable("CannotCreateTransactionException",
                "Could not open JDBC Connection for transaction", null)).isTrue();
        assertThat(DatabaseFailures.isUnavailable("ProcessEngineException", "### Cause: org.postgresql.util."
                + "PSQLException: This connection has been closed.", 0)).isTrue();
        assertThat(DatabaseFailures.isUnavailable("RestException", "Cannot find task with id 42", 0)).isFalse();
    }
}
