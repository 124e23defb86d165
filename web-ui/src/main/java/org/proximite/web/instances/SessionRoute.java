package org.proximite.web.instances;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With {@code PROXIMITE_INSTANCE_NAME} set (say {@code a}), the session cookie names this instance
 * ({@code JSESSIONID=….a}), so a reverse proxy sends the rest of an editor's session to it: the
 * Vaadin workspace lives in that instance's memory. Readers need no session to be routed.
 */
@Component
class SessionRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String instanceName;

    SessionRoute(@Value("${proximite.instance-name:}") String instanceName) {
        this.instanceName = instanceName;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!instanceName.isBlank()) {
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(instanceName));
        }
    }
}
