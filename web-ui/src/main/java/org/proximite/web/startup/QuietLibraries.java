package org.proximite.web.startup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeps libraries from calling home or decorating the log, whichever way the application starts
 * (the jar, a test): set before any of them is loaded. Registered in {@code META-INF/spring.factories}.
 */
public class QuietLibraries implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
