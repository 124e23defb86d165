package org.proximite.web.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/**
 * The host page around every view: theme, viewport and default title. Styles come as plain
 * stylesheets: the application uses Vaadin's pre-compiled bundle, so it adds no frontend code.
 */
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
