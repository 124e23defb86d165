package org.proximite.web.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training start that {@code bin/aot-cache} records the class cache with: the whole start,
 * the chapters' import included, then a clean exit, so the cache holds every class a real start
 * loads. On only with {@code proximite.training-start=true}.
 */
@Component
@ConditionalOnBooleanProperty("proximite.training-start")
class TrainingStart implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
