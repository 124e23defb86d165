package org.proximite.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * A fresh database with the application's schema, on H2 or on a real PostgreSQL (embedded, started
 * once per test run), so that every query is tested on both engines the product supports.
 */
public enum TestDatabase {
    H2,
    POSTGRES;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    /** Where to reach a fresh, migrated database from another process. */
    public record Connection(String url, String user, String password) {

        public DSLContext dsl() {
            SQLDialect dialect = url.startsWith("jdbc:h2") ? SQLDialect.H2 : SQLDialect.POSTGRES;
            return DSL.using(url, user, password).configuration().derive(dialect).derive(settings()).dsl();
        }
    }

    /** A new database on PostgreSQL, migrated, reachable by URL (from a child process, say). */
    public static Connection freshPostgres() {
        String name = "proximite_test_" + COUNTER.incrementAndGet();
        EmbeddedPostgres server = postgres();
        try (java.sql.Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        migrate(server.getDatabase("postgres", name));
        return new Connection(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteWithOptimisticLocking(true);
    }

    /** A new, empty database migrated by Liquibase, with a jOOQ context set up as the application does. */
    public DSLContext freshDsl() {
        DataSource dataSource = freshDataSource();
        migrate(dataSource);
        return DSL.using(dataSource, this == H2 ? SQLDialect.H2 : SQLDialect.POSTGRES, settings());
    }

    /**
     * The same through a connection pool, as the application runs (a statement outside a
     * transaction then reuses a connection instead of opening one): what benchmarks measure.
     */
    public DSLContext freshPooledDsl() {
        return freshPooledDsl(4);
    }

    /** The same with a pool of this many connections (the application's pool has 10). */
    public DSLContext freshPooledDsl(int connections) {
        DataSource dataSource = freshDataSource();
        migrate(dataSource);
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setDataSource(dataSource);
        pool.setMaximumPoolSize(connections);
        com.zaxxer.hikari.HikariDataSource pooled = new com.zaxxer.hikari.HikariDataSource(pool);
        // As the application's pool, which opens all its connections at start (its minimum idle is
        // its size): opened now, not by the first work that needs a second one at once.
        List<java.sql.Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                opened.add(pooled.getConnection());
            }
            for (java.sql.Connection connection : opened) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the test pool's connections", e);
        }
        return DSL.using(pooled, this == H2 ? SQLDialect.H2 : SQLDialect.POSTGRES, settings());
    }

    /** A database migrated by {@code changelog} only, to fill it the old way before migrating it to the end. */
    public Migrating partlyMigrated(String changelog) {
        DataSource dataSource = freshDataSource();
        migrate(dataSource, changelog);
        return new Migrating(dataSource, DSL.using(dataSource, this == H2 ? SQLDialect.H2 : SQLDialect.POSTGRES, settings()));
    }

    /** A database part way through its migrations. */
    public record Migrating(DataSource dataSource, DSLContext dsl) {

        /** Runs the application's whole changelog: what already ran is skipped. */
        public DSLContext migrateToTheEnd() {
            migrate(dataSource);
            return dsl;
        }
    }

    private DataSource freshDataSource() {
        String name = "proximite_test_" + COUNTER.incrementAndGet();
        if (this == H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            // As the application's default database: H2 keeps the statements it parsed last (see application.yml).
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
            h2.setUser("sa");
            h2.setPassword("");
            return h2;
        }
        EmbeddedPostgres server = postgres();
        try (java.sql.Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return server.getDatabase("postgres", name);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster goes with it
                }
            }));
        }
        return postgres;
    }

    private static void migrate(DataSource dataSource) {
        migrate(dataSource, "db/changelog/db.changelog-master.yaml");
    }

    private static void migrate(DataSource dataSource, String changelog) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update("");
            }
        } catch (Exception e) {
            throw new IllegalStateException("The schema could not be created", e);
        }
    }
}
