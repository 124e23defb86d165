package org.proximite.core.chapter.installing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.LifecycleReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one lock that chapter changes take, across every instance on the database: applying a
 * plan, removing, enabling or disabling a chapter, and the start-up pass. It is held on a
 * connection of its own, so that it outlives the changes' transactions and dies with the process:
 * PostgreSQL releases a session's advisory lock when its connection closes, a killed instance
 * included. On H2 (one process) the same path locks the row of {@code chapter_lock} in a
 * transaction left open until the lock is released.
 *
 * <p>A caller waits at most the configured time, then is refused: the admin reads that another
 * change is running. The lock is re-entrant within a thread (start-up installs shipped chapters
 * while it holds it).
 */
@Service
public class ChapterLock {

    private static final Logger log = LoggerFactory.getLogger(ChapterLock.class);
    /** "Proximité chapters" as a number: the advisory lock's key on PostgreSQL. */
    static final long ADVISORY_KEY = 0x50726f78_43686170L;

    private final DSLContext dsl;
    private final Duration wait;
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    public ChapterLock(DSLContext dsl, @Value("${proximite.chapters.lock-wait:PT30S}") Duration wait) {
        this.dsl = dsl;
        this.wait = wait;
    }

    /** The lock, held until the result is closed. */
    public Held acquire() throws ChapterRefusedException {
        Held current = held.get();
        if (current != null) {
            current.depth++;
            return current;
        }
        ConnectionProvider connections = dsl.configuration().connectionProvider();
        Connection connection = connections.acquire();
        boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        String previousTimeout = null;
        try {
            if (postgres) {
                lockAdvisory(connection);
            } else {
                previousTimeout = lockRow(connection);
            }
        } catch (SQLException e) {
            connections.release(connection);
            if (isLockTimeout(e, postgres)) {
                throw LifecycleReason.BUSY.refusal();
            }
            throw new IllegalStateException("The chapter lock could not be taken", e);
        }
        Held lock = new Held(connections, connection, postgres, previousTimeout);
        held.set(lock);
        return lock;
    }

    private void lockAdvisory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + Math.max(1, wait.toMillis()));
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_KEY);
            statement.execute();
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    /** Returns H2's lock timeout before this call, to restore on release. */
    private String lockRow(Connection connection) throws SQLException {
        String previousTimeout;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet setting = statement.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LOCK_TIMEOUT'")) {
                previousTimeout = setting.next() ? setting.getString(1) : "1000";
            }
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, wait.toMillis()));
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT name FROM chapter_lock WHERE name = 'chapters' FOR UPDATE")) {
            if (!row.next()) {
                throw new SQLException("the chapter_lock row is missing: the schema is not up to date");
            }
            return previousTimeout;
        } catch (SQLException e) {
            unlockRow(connection, previousTimeout);
            throw e;
        }
    }

    private static void unlockRow(Connection connection, String previousTimeout) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + Integer.parseInt(previousTimeout.strip()));
        }
    }

    private static boolean isLockTimeout(SQLException e, boolean postgres) {
        // PostgreSQL: lock_not_available; H2: LOCK_TIMEOUT_1 (50200), reported as HYT00.
        return postgres ? "55P03".equals(e.getSQLState()) : e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState());
    }

    /** The lock while it is held; closing the outermost holder releases it. */
    public final class Held implements AutoCloseable {

        private final ConnectionProvider connections;
        private final Connection connection;
        private final boolean postgres;
        private final String previousTimeout;
        private int depth = 1;

        private Held(ConnectionProvider connections, Connection connection, boolean postgres, String previousTimeout) {
            this.connections = connections;
            this.connection = connection;
            this.postgres = postgres;
            this.previousTimeout = previousTimeout;
        }

        @Override
        public void close() {
            if (--depth > 0) {
                return;
            }
            held.remove();
            try {
                if (postgres) {
                    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        statement.setLong(1, ADVISORY_KEY);
                        statement.execute();
                    }
                } else {
                    unlockRow(connection, previousTimeout);
                }
                connections.release(connection);
            } catch (SQLException e) {
                // A pooled connection that may still hold the lock must not serve anyone else.
                log.error("Releasing the chapter lock failed; closing its connection", e);
                abort(connection);
            }
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            log.error("Closing the chapter lock's connection failed", e);
        }
    }
}
