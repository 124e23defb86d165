package org.proximite.web.search;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.proximite.core.search.IndexStatus;
import org.proximite.core.search.SearchIndex;
import org.proximite.core.search.SearchQuery;
import org.proximite.web.content.ReaderLanguage;
import org.proximite.web.initiative.InitiativeView;
import org.proximite.web.practice.PracticeView;
import org.proximite.web.security.Roles;

/**
 * The workspace's search: the same index as the public guide's, results opening the workspace's
 * preview of each item; for admins, the index's state and its rebuild with the progress shown.
 */
@Route("workspace/search")
@PermitAll
public class SearchView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final SearchIndex index;
    private final H1 title = new H1();
    private final TextField words = new TextField();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Div admin = new Div();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Button rebuild = new Button();

    public SearchView(SearchIndex index, AuthenticationContext authentication) {
        this.index = index;
        addClassNames("search-view", "page");
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setMaxLength(SearchQuery.MAX_LENGTH);
        words.addClassName("search-words");
        words.addValueChangeListener(change -> search());
        results.addClassName("search-results");
        status.addClassName("index-status");
        rebuild.addClassName("index-rebuild");
        rebuild.addClickListener(click -> {
            index.rebuildInBackground();
            showStatus();
        });
        admin.add(status, progress, rebuild);
        admin.setVisible(authentication.hasRole(Roles.ADMIN));
        add(title, words, count, results, admin);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The rebuild runs on its own thread: the page asks for its progress twice a second while it runs.
        event.getUI().addPollListener(poll -> showStatus());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("search.title"));
        words.setLabel(getTranslation("search.label"));
        rebuild.setText(getTranslation("search.index.rebuild"));
        search();
        showStatus();
    }

    private void search() {
        results.removeAll();
        if (words.getValue().isBlank()) {
            count.setText("");
            return;
        }
        var found = index.search(new SearchQuery(words.getValue(), ReaderLanguage.of(getLocale()), java.util.Map.of(), 0, 50));
        count.setText(getTranslation("search.count", found.total()));
        for (var hit : found.hits()) {
            Div result = new Div();
            result.addClassName("search-result");
            var target = "practice".equals(hit.kind()) ? PracticeView.class : InitiativeView.class;
            H3 heading = new H3(new RouterLink(hit.title(), target, PracticeView.parameters(hit.slug())));
            heading.getElement().setAttribute("lang", hit.language());
            // The snippet is escaped by the index, with the words found in <mark>.
            Html snippet = new Html("<p lang=\"" + hit.snippetLanguage() + "\">" + hit.snippetHtml() + "</p>");
            result.add(heading, snippet);
            results.add(result);
        }
    }

    private void showStatus() {
        IndexStatus state = index.status();
        boolean building = state.building();
        status.setText(building ? getTranslation("search.index.building", state.done(), state.total())
                : getTranslation("search.index.status", state.documents()));
        progress.setVisible(building);
        progress.setValue(state.total() == 0 ? 0 : Math.min(1, (double) state.done() / state.total()));
        rebuild.setEnabled(!building);
        getUI().ifPresent(ui -> ui.setPollInterval(building ? 500 : -1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("search.title"));
    }
}
