package org.proximite.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Proximité: the web UI, the public pages and the REST API over the core's services.
 * Scanning {@code org.proximite.core} picks up the core's configuration and services.
 */
@SpringBootApplication(scanBasePackages = {"org.proximite.web", "org.proximite.core"})
@ConfigurationPropertiesScan
public class ProximiteApplication {

    public static void main(String[] args) {
        // Liquibase reads this before Spring's environment exists: set it first so nothing calls home.
        System.setProperty("liquibase.analytics.enabled", "false");
        SpringApplication.run(ProximiteApplication.class, args);
    }
}
