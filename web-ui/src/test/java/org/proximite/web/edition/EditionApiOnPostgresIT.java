package org.proximite.web.edition;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The same editions on PostgreSQL, the production database: files in BYTEA, numbers per scope. */
class EditionApiOnPostgresIT extends EditionApiIT {

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
