package org.proximite.web.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.proximite.web.home.HomeView;

/** What a workspace address that leads nowhere shows, with the status 404. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found-view");
        String detail = parameter.hasCustomMessage() ? parameter.getCustomMessage() : getTranslation("not-found.message");
        add(new H1(getTranslation("not-found.title")), new Paragraph(detail), new RouterLink(getTranslation("nav.home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
