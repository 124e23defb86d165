package org.proximite.web.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.aura.Aura;

/**
 * The host page around every view: theme, viewport and default title. Styles come as plain
 * stylesheets: the application uses Vaadin's pre-compiled bundle, so it adds no frontend code.
 *
 * <p>Server push: what the server learns while a workspace page is open (a chapter's language
 * added on any instance, an install applied in the background) reaches the page at once. The
 * server speaks over a WebSocket and the page answers with ordinary requests (WEBSOCKET_XHR), so
 * that each of its actions still passes the session and security filters; Atmosphere falls back
 * to long polling where a WebSocket cannot pass. The public guide is not Vaadin and opens no
 * channel. Behind a reverse proxy, the WebSocket needs its {@code Upgrade} headers forwarded
 * (deploy/nginx/proximite.conf does).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/proximite.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1, viewport-fit=cover")
public class ProximiteAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // The product's name needs no translation; views replace it with their own title.
        settings.setPageTitle("Proximité");
    }
}
