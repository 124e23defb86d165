package org.proximite.web.shell;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Small first buffers for each open page's push channel, a WebSocket ({@link ProximiteAppShell}).
 * Each socket came with about 100 KB of buffers for what the page might send on it: Atmosphere's
 * 16 KB of bytes and 16 K characters (the size Vaadin gives it), which only serve messages streamed
 * in, and Tomcat's 8 KB and 8 K characters, made before Atmosphere sets its own limit. A page sends
 * nothing there (its messages are ordinary requests, WEBSOCKET_XHR), so they start at
 * {@value #FIRST_SIZE}: both grow when a message comes in, up to the same limit as before (Vaadin's
 * 16 K characters). What the server pushes does not pass through them and has no such limit.
 */
@Configuration(proxyBeanMethods = false)
class PushChannelBuffers {

    static final int FIRST_SIZE = 1024;
    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_TEXT_BUFFER_SIZE = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER_SIZE = "org.apache.tomcat.websocket.binaryBufferSize";

    /** Vaadin gives Atmosphere its own size unless the Vaadin servlet has one: it does now. */
    @Bean
    static BeanPostProcessor smallAtmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(ATMOSPHERE_BUFFER_SIZE, String.valueOf(FIRST_SIZE));
                }
                return bean;
            }
        };
    }

    /** Tomcat reads its sockets' first sizes from the context's parameters when its WebSocket container starts. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallTomcatWebSocketBuffers() {
        return factory -> factory.addContextCustomizers(context -> {
            context.addParameter(TOMCAT_TEXT_BUFFER_SIZE, String.valueOf(FIRST_SIZE));
            context.addParameter(TOMCAT_BINARY_BUFFER_SIZE, String.valueOf(FIRST_SIZE));
        });
    }
}
