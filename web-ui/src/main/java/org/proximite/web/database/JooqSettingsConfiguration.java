package org.proximite.web.database;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jOOQ settings that the generated classes and the production database need. */
@Configuration(proxyBeanMethods = false)
class JooqSettingsConfiguration {

    @Bean
    DefaultConfigurationCustomizer proximiteJooqSettings() {
        return configuration -> configuration.settings()
                // Generated names are upper-case (from H2); quoted, PostgreSQL would not find
                // its lower-case tables. Unquoted, both databases fold them the same way.
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                // Off by default in jOOQ: without it, the VERSION columns would not stop two
                // editors from overwriting each other's changes.
                .withExecuteWithOptimisticLocking(true);
    }
}
