package org.proximite.web.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.proximite.core.initiative.InitiativeCard;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.editing.EditorAccess;

/** The initiatives, most recent first. */
@Route("workspace/initiatives")
@PermitAll
public class InitiativesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final InitiativeQueries initiatives;
    private final EditorAccess access;

    public InitiativesView(InitiativeQueries initiatives, EditorAccess access) {
        this.initiatives = initiatives;
        this.access = access;
        addClassNames("initiatives-view", "page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("initiatives.title")));
        if (access.canEdit()) {
            Button create = new Button(getTranslation("initiatives.new"),
                    click -> getUI().ifPresent(ui -> ui.navigate(InitiativeEditorView.class)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            add(create);
        }
        var found = initiatives.list(ReaderLanguage.of(getLocale()), null, access.canEdit());
        Paragraph count = new Paragraph(found.isEmpty() ? getTranslation("initiatives.empty") : getTranslation("initiatives.count", found.size()));
        count.addClassName("result-count");
        Div results = new Div();
        results.addClassName("results");
        for (InitiativeCard card : found) {
            results.add(new InitiativeCardView(card));
        }
        add(count, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("initiatives.title"));
    }
}
