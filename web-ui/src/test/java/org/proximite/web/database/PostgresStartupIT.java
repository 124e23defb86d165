package org.proximite.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.LANGUAGE;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The application on PostgreSQL, the production database: Liquibase builds the schema and jOOQ's
 * upper-case generated names still find the tables PostgreSQL folded to lower case.
 */
@SpringBootTest(properties = {
    "proximite.data-dir=target/postgres-it-data",
    "proximite.admin.password=postgres-test-only"
})
@DirtiesContext
class PostgresStartupIT {

    @Autowired
    private DSLContext dsl;

    @Test
    void runsOnPostgresql() {
        assertThat(dsl.dialect().family()).isEqualTo(SQLDialect.POSTGRES);
    }

    @Test
    void readsTheReferenceDataThroughTheGeneratedClasses() {
        assertThat(dsl.fetchCount(LANGUAGE)).isPositive();
    }

    @Test
    void detectsConcurrentEditsWithOptimisticLocking() {
        assertThat(dsl.settings().isExecuteWithOptimisticLocking()).isTrue();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EmbeddedPostgresDatabase {

        // Spring closes the server after the beans that use it.
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }
}
