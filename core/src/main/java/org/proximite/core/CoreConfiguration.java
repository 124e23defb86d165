package org.proximite.core;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The core's services, for an application to import. It needs a jOOQ {@code DSLContext}. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
