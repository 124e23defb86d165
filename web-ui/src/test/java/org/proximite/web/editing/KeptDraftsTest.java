package org.proximite.web.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.EditorAutosaves;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an editor types and has not saved is kept every few seconds in the database: after a
 * restart (a new session, signed in again, on any instance) the editor offers it back, and
 * nothing is lost; once saved or discarded, nothing is offered any more.
 */
class KeptDraftsTest extends BrowserlessUiTest {

    private static final String SLUG = "local-security-assessment";
    private static final Actor COORDINATOR = Actor.user("coordinator", Set.of(Role.COORDINATOR));

    @Autowired
    PracticeEditing editing;

    @Autowired
    EditorAutosaves autosaves;

    @Autowired
    OpenEditors openEditors;

    private static void open() {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(SLUG));
    }

    /** What the browser does every few seconds while the editor is open. */
    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void unsavedTypingSurvivesARestartAndIsOfferedBackThenSaved() {
        open();
        _setValue(titleFields().get(1), "Assessing local security, typed before the restart");
        poll();
        assertThat(autosaves.find(COORDINATOR, ItemKind.PRACTICE, SLUG)).isPresent();

        newSession();
        open();

        assertThat(_get(Div.class, spec -> spec.withClasses("kept-draft")).isVisible()).isTrue();
        assertThat(titleFields().get(1).getValue()).as("nothing is put back without asking").isNotEqualTo(
                "Assessing local security, typed before the restart");
        _click(_get(Button.class, spec -> spec.withClasses("restore-kept")));
        assertThat(titleFields().get(1).getValue()).isEqualTo("Assessing local security, typed before the restart");

        save();

        assertThat(editing.load(SLUG).item().text("en").title()).isEqualTo("Assessing local security, typed before the restart");
        assertThat(autosaves.find(COORDINATOR, ItemKind.PRACTICE, SLUG)).as("saved: nothing left to offer").isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("kept-draft"))).isEmpty();
    }

    @Test
    void aStoppingInstanceKeepsWhatWasTypedSinceTheLastKeeping() {
        open();
        poll();
        _setValue(titleFields().get(1), "Assessing local security, typed just before a stop");

        // The stop runs on the instance's own thread, on no request: it waits for the session,
        // which the test's requests hold, and keeps the draft as the one who opened the editor.
        var stopping = java.util.concurrent.CompletableFuture.runAsync(openEditors::stop);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return stopping.isDone();
        });
        assertThat(stopping).isCompleted();
        openEditors.start();

        newSession();
        open();
        _click(_get(Button.class, spec -> spec.withClasses("restore-kept")));
        assertThat(titleFields().get(1).getValue()).isEqualTo("Assessing local security, typed just before a stop");
        save();
        assertThat(editing.load(SLUG).item().text("en").title()).isEqualTo("Assessing local security, typed just before a stop");
    }

    @Test
    void aKeptDraftCanBeDiscardedAndNothingUnchangedIsKept() {
        open();
        poll();
        assertThat(autosaves.find(COORDINATOR, ItemKind.PRACTICE, SLUG)).as("nothing typed, nothing kept").isEmpty();
        _setValue(titleFields().get(1), "A title nobody wants");
        poll();

        newSession();
        open();
        _click(_get(Button.class, spec -> spec.withClasses("discard-kept")));

        assertThat(_find(Div.class, spec -> spec.withClasses("kept-draft"))).isEmpty();
        assertThat(autosaves.find(COORDINATOR, ItemKind.PRACTICE, SLUG)).isEmpty();
        assertThat(editing.load(SLUG).item().text("en").title()).isNotEqualTo("A title nobody wants");
    }

    @Test
    void anInitiativesKeptDraftComesBackWhole() {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(org.proximite.web.initiative.InitiativeEditorView.class,
                org.proximite.web.initiative.InitiativeEditorView.parameters("share-fair"));
        _setValue(titleFields().get(0), "Journées d’échanges, tapées avant le redémarrage");
        poll();

        newSession();
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(org.proximite.web.initiative.InitiativeEditorView.class,
                org.proximite.web.initiative.InitiativeEditorView.parameters("share-fair"));
        _click(_get(Button.class, spec -> spec.withClasses("restore-kept")));

        assertThat(titleFields().get(0).getValue()).isEqualTo("Journées d’échanges, tapées avant le redémarrage");
    }
}
