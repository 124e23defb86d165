package org.proximite.web.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.content.TextState;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * No raw key ever: every route of the workspace, its error page and the dialogs its buttons open,
 * in French, English and the Portuguese the Guinea-Bissau chapter brings, signed in as an admin
 * over the shipped content (anonymous for the sign-in and set-up pages). A view fails with each
 * text it shows that is a missing key, a key written out, a placeholder left unformatted, or, in
 * French and Portuguese, an English text of the bundles ({@link InterfaceTexts}), and with each of
 * Vaadin's components that would show its own English texts. The guide's pages, rendered by the
 * server, have theirs in {@link EveryGuidePageInEveryLanguageIT}.
 */
@TestPropertySource(properties = "proximite.chapters.present=guinea-bissau")
class EveryViewInEveryLanguageTest extends BrowserlessUiTest {

    private static final InterfaceTexts TEXTS = InterfaceTexts.shipped();

    /** A practice whose English text is a draft: its editor offers to send it to review, which asks for a comment. */
    private static final String DRAFTED = "police-community-dialogue-forum";

    /** An address of the workspace no route has: the not-found page. */
    private static final String NOT_FOUND = "workspace/no-such-page";

    private static final List<String> NOT_FOUND_TITLES = List.of("not-found.title", "practice.not-found.title",
            "initiative.not-found.title", "chapter.not-found.title");

    private static String invitation;

    @Autowired
    PracticeEditing editing;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void prepareContentOnce() {
        if (invitation != null) {
            return;
        }
        var practice = editing.load(DRAFTED);
        editing.save(practice.withItem(practice.item().withState("en", TextState.DRAFT)), Drafts.COORDINATOR);
        invitation = accounts.invite(Actor.system("test"), "nadia", "Nadia", AccountAccess.of(Role.REVIEWER)).token();
    }

    /** One thing a person opens: a route with what it needs, or a dialog opened from a button of a route. */
    private record Visit(String name, String route, boolean signedIn, Runnable after) {

        static Visit route(String route) {
            return new Visit("/" + route, route, true, () -> {});
        }

        static Visit anonymous(String route) {
            return new Visit("/" + route, route, false, () -> {});
        }

        static Visit then(String name, String route, Runnable after) {
            return new Visit(name, route, true, after);
        }
    }

    /** Every route (see {@link #everyRouteIsVisited}), with the content the shipped chapters bring, and the dialogs. */
    private static List<Visit> visits() {
        return List.of(
                Visit.route("workspace"),
                Visit.route("workspace/practices"),
                Visit.route("workspace/practices/local-security-council"),
                Visit.route("workspace/practices/community-liaison-officers"),
                Visit.route("workspace/initiatives"),
                Visit.route("workspace/initiatives/share-fair"),
                Visit.route("workspace/initiatives/bissau-example-youth-football-tournament"),
                Visit.route("workspace/chapters/guinea"),
                Visit.route("workspace/chapters/guinea-bissau"),
                Visit.then("/workspace/search with results", "workspace/search",
                        () -> _setValue(_get(TextField.class, spec -> spec.withClasses("search-words")), "police")),
                Visit.then("/workspace/search without result", "workspace/search",
                        () -> _setValue(_get(TextField.class, spec -> spec.withClasses("search-words")), "zzzyxwv")),
                Visit.route("workspace/overview"),
                Visit.route("workspace/editions"),
                Visit.route("workspace/import"),
                Visit.route("edit/practices/local-security-council"),
                // Folded sections (EMMIE parts, outcomes) make their fields when opened.
                Visit.then("practice editor with its folded sections open", "edit/practices/local-security-council",
                        () -> _find(com.vaadin.flow.component.details.Details.class).forEach(section -> section.setOpened(true))),
                Visit.route("edit/practices"),
                Visit.route("edit/practices/no-such-practice"),
                Visit.route("edit/initiatives/share-fair"),
                Visit.route("edit/initiatives"),
                Visit.route("admin/chapters"),
                Visit.route("admin/users"),
                Visit.route("admin/audit"),
                Visit.route("admin/backup"),
                Visit.anonymous("login"),
                Visit.anonymous("setup"),
                new Visit("/setup with an invitation", "setup", false, () -> {}),
                Visit.route(NOT_FOUND),
                Visit.then("comment dialog of the practice editor", "edit/practices/" + DRAFTED, () -> {
                    _click(languageColumn("en", "move-submit"));
                    assertThat(_find(Dialog.class)).as("the comment dialog").isNotEmpty();
                }),
                Visit.then("revisions dialog of the practice editor", "edit/practices/" + DRAFTED, () -> {
                    _click(languageColumn("en", "text-history"));
                    assertThat(_find(Dialog.class)).as("the revisions dialog").isNotEmpty();
                }),
                Visit.then("unsaved-changes dialog of the initiative editor", "edit/initiatives/share-fair", () -> {
                    _setValue(_find(TextField.class, spec -> spec.withClasses("field-title")).get(1), "A fair, renamed");
                    UI.getCurrent().navigate("workspace");
                    assertThat(_find(ConfirmDialog.class)).as("the unsaved-changes dialog").hasSize(1);
                }),
                Visit.then("invitation dialog of the users page", "admin/users", () -> {
                    _click(_find(Button.class).stream()
                            .filter(button -> button.getText().equals(UI.getCurrent().getTranslation("users.invite"))).findFirst().orElseThrow());
                    assertThat(_find(Dialog.class)).as("the invitation dialog").isNotEmpty();
                }));
    }

    private static Button languageColumn(String language, String buttonClass) {
        Div column = _find(Div.class, spec -> spec.withClasses("language-column")).stream()
                .filter(each -> language.equals(each.getElement().getAttribute("lang"))).findFirst().orElseThrow();
        return _get(column, Button.class, spec -> spec.withClasses(buttonClass));
    }

    @TestFactory
    Stream<DynamicTest> everyViewShowsOnlyTranslatedTexts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String language : InterfaceTexts.LANGUAGES) {
            for (Visit visit : visits()) {
                tests.add(DynamicTest.dynamicTest(visit.name() + " × " + language, () -> {
                    var shown = open(visit, language);
                    if (!visit.route().equals(NOT_FOUND) && !visit.route().contains("no-such")) {
                        assertThat(shown).as("%s shows what it is for, not a not-found page", visit.name()).extracting(InterfaceTexts.Shown::text)
                                .doesNotContain(NOT_FOUND_TITLES.stream().map(key -> TEXTS.text(language, key)).toArray(String[]::new));
                    }
                    List<String> problems = new ArrayList<>(TEXTS.problems(visit.name(), language, shown));
                    problems.addAll(untranslatedComponents(visit.name(), language));
                    assertThat(problems).as("texts of %s in %s", visit.name(), language).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Vaadin's date pickers, uploads and multi-select combo boxes bring their own texts, in English
     * ("Today", "Upload File...", "Selection cleared") unless the view gives them the interface's.
     */
    private static List<String> untranslatedComponents(String where, String language) {
        List<String> problems = new ArrayList<>();
        if (language.equals("en")) {
            return problems;
        }
        _find(DatePicker.class).stream().filter(picker -> picker.getI18n() == null || picker.getI18n().getToday() == null)
                .forEach(picker -> problems.add(where + " × " + language + ": a date picker with Vaadin's English texts — " + picker.getLabel()));
        _find(Upload.class).stream().filter(upload -> upload.getI18n() == null)
                .forEach(upload -> problems.add(where + " × " + language + ": an upload with Vaadin's English texts"));
        _find(MultiSelectComboBox.class).stream().filter(box -> box.getI18n() == null)
                .forEach(box -> problems.add(where + " × " + language + ": a multi-select combo box with Vaadin's English texts — " + box.getLabel()));
        return problems;
    }

    /** Each language really is the one shown: Portuguese comes from the chapter, not from a fallback. */
    @Test
    void theHomePageSpeaksEachLanguage() {
        for (String language : InterfaceTexts.LANGUAGES) {
            assertThat(open(Visit.route("workspace"), language).stream().map(InterfaceTexts.Shown::text).toList()).as(language)
                    .contains(TEXTS.text(language, "home.welcome"));
        }
    }

    /** A route added without a visit here fails this test: every view is opened in every language. */
    @Test
    void everyRouteIsVisited() {
        Set<String> visited = new TreeSet<>();
        visits().forEach(visit -> visited.add(visit.route()));
        Set<String> missing = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            String prefix = template.contains(":") ? template.substring(0, template.indexOf(':')) : template;
            if (visited.stream().noneMatch(path -> template.contains(":") ? path.startsWith(prefix) : path.equals(template))) {
                missing.add(template);
            }
        }
        assertThat(missing).as("routes no visit opens").isEmpty();
    }

    private List<InterfaceTexts.Shown> open(Visit visit, String language) {
        newSession();
        Locale locale = Locale.forLanguageTag(language);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        if (visit.signedIn()) {
            signInAs("admin", "ADMIN", "COORDINATOR");
        }
        if (visit.route().equals(NOT_FOUND)) {
            // What the browser's router asks for an address no route has (UI.navigate leaves those to a client-side router).
            UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(), new Location(NOT_FOUND), NavigationTrigger.PROGRAMMATIC);
        } else if (visit.name().equals("/setup with an invitation")) {
            UI.getCurrent().navigate("setup", QueryParameters.simple(Map.of("token", invitation)));
        } else {
            UI.getCurrent().navigate(visit.route());
        }
        visit.after().run();
        var shown = ShownTexts.ofCurrentUi();
        assertThat(UI.getCurrent().getLocale()).as("the UI's language").isEqualTo(locale);
        return shown;
    }
}
