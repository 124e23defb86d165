package org.proximite.web.startup;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Checks the operator's settings once they are all read, before any bean exists: unknown {@code PROXIMITE_*} variables, the port, the data folder, the database, and
 * that no other running instance uses the same data folder. The first wrong one stops the start
 * with its message ({@link WrongSetting}); nothing has been created by then. Registered in
 * {@code META-INF/spring.factories}.
 */
public class SettingsCheck implements ApplicationListener<ApplicationPreparedEvent> {

    private final Map<String, String> variables;

    public SettingsCheck() {
        this(System.getenv());
    }

    SettingsCheck(Map<String, String> variables) {
        this.variables = variables;
    }

    /** Once the context is prepared, every source of settings (tests' included) is in place, and no bean exists yet. */
    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        DataDirLock lock = check(context.getEnvironment(), context instanceof WebServerApplicationContext);
        context.addApplicationListener((ApplicationEvent ended) -> {
            if (ended instanceof ContextClosedEvent || ended instanceof ApplicationFailedEvent) {
                lock.close();
            }
        });
    }

    /** Checks every setting in turn and, when all are right, takes the data folder's lock. */
    DataDirLock check(Environment environment, boolean servesHttp) {
        KnownVariables.fromConfiguration().check(variables);
        if (servesHttp) {
            PortSetting.check(portSettingName(environment), environment.getProperty("server.port", "8080"));
        }
        String dataDirName = variables.containsKey("PROXIMITE_DATA_DIR") ? "PROXIMITE_DATA_DIR" : "proximite.data-dir";
        String dataDirValue = environment.getProperty("proximite.data-dir", "./data");
        Path dataDir = DataDirSetting.check(dataDirName, dataDirValue);
        DatabaseReachable.check(environment.getProperty("spring.datasource.url"), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        return DataDirLock.take(dataDirName, dataDirValue, dataDir);
    }

    /**
     * The port as the operator gave it, so that a message names what to fix: an argument
     * ({@code --server.port}), a Java option ({@code -Dserver.port}), the variable
     * {@code SERVER_PORT}, else the variable {@code PORT} the configuration reads.
     */
    private String portSettingName(Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                // The attached view of every source answers for all of them: ask the sources themselves.
                if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source) || !source.containsProperty("server.port")) {
                    continue;
                }
                if (source instanceof CommandLinePropertySource<?>) {
                    return "--server.port";
                }
                if (StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName())) {
                    return "-Dserver.port";
                }
                if (source instanceof SystemEnvironmentPropertySource) {
                    return "SERVER_PORT";
                }
                break;
            }
        }
        return variables.containsKey("PORT") ? "PORT" : "server.port";
    }
}
