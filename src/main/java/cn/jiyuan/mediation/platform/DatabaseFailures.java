package cn.jiyuan.mediation.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells the two failures a user can do nothing about but wait or reload apart from real errors, wherever they are
 * wrapped (Spring, MyBatis, the engine): the database cannot be reached (answered 503 with Retry-After: the
 * transaction was rolled back, nothing was stored) and a lost race (answered 409: somebody else changed the same
 * task or row first; the user reloads and decides again). README "可靠性".
 */
public final class DatabaseFailures {

    /** The engine's custom exception code (range 20000–39999) for "database unreachable". */
    public static final int UNAVAILABLE_CODE = 22_002;
    /** Seconds a client waits before retrying after a 503: Hikari's connection timeout is a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 10;
    public static final String UNAVAILABLE_MESSAGE = "数据库暂时无法连接，本次操作未保存。请稍后重试（约" + RETRY_AFTER_SECONDS
            + "秒后）；如持续出现，请联系系统管理员";
    public static final String TASK_RACE_MESSAGE = "该任务已被他人认领或办理，请刷新任务列表后重试";
    public static final String RECORD_RACE_MESSAGE = "该记录刚被他人修改，本次操作未保存，请刷新后重新操作";

    /**
     * The error types the engine REST API names for a connection failure that is not an engine exception (thrown
     * by Spring's transaction manager around the engine command) or its root.
     */
    private static final Set<String> UNAVAILABLE_TYPES = Set.of("CannotCreateTransactionException",
            "CannotGetJdbcConnectionException", "SQLTransientConnectionException", "SQLNonTransientConnectionException",
            "SQLRecoverableException", "DataAccessResourceFailureException");
    /** What the engine's wrapped message says when the root is a connection failure (PostgreSQL, H2, Hikari). */
    private static final String[] UNAVAILABLE_TEXTS = {"CannotGetJdbcConnectionException",
            "CannotCreateTransactionException", "SQLTransientConnectionException", "Could not open JDBC Connection",
            "Failed to obtain JDBC Connection", "Connection is not available, request timed out",
            "This connection has been closed", "An I/O error occurred while sending to the backend",
            "terminating connection due to administrator command", "the database system is shutting down",
            "the database system is starting up", "Connection to localhost", "Connection refused",
            "Database is already closed", "Connection is broken", "Connection is closed", "JDBC rollback failed",
            "JDBC commit failed"};

    private DatabaseFailures() {
    }

    /** The database could not be reached, or the connection broke during the transaction. */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || closedConnection(sql))) {
                return true;
            }
            // a failed rollback or commit: the connection broke; what failed first is kept aside
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && isUnavailable(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** The pool's or the driver's answer on a connection that was closed under it (the server went away). */
    private static boolean closedConnection(SQLException e) {
        String message = e.getMessage();
        return message != null && (message.contains("Connection is closed")
                || message.contains("This connection has been closed"));
    }

    /** SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (shut down, cannot connect now). */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** The engine REST API's error answer (its type and message) is a connection failure. */
    public static boolean isUnavailable(String type, String message, Integer code) {
        if ((code != null && code == UNAVAILABLE_CODE) || (type != null && UNAVAILABLE_TYPES.contains(type))) {
            return true;
        }
        if (message != null) {
            for (String text : UNAVAILABLE_TEXTS) {
                if (message.contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Somebody else changed the same engine entity or row first (optimistic or pessimistic locking). */
    public static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
                    || t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }
}
