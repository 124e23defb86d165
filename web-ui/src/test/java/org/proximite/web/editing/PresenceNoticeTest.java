package org.proximite.web.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.EditorPresence;
import org.proximite.core.editing.EditorPresence.OtherEditor;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.practice.PracticesView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor's notice of who else has the item open, with another person's editor registered as
 * another instance would register it: what it says, that it follows them at each heartbeat, that a
 * save keeps this editor open (and its opening time), and that leaving the editor closes it.
 */
class PresenceNoticeTest extends BrowserlessUiTest {

    private static final String SLUG = "local-security-assessment";
    private static final Actor AWA = Actor.user("awa", Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr"));

    @Autowired
    Accounts accounts;

    @Autowired
    EditorPresence presence;

    @Autowired
    PracticeEditing editing;

    private long practice() {
        return editing.load(SLUG).item().id();
    }

    private void accounts() {
        Actor admin = Actor.system("test");
        if (accounts.list(admin).stream().noneMatch(account -> account.username().equals("fatou"))) {
            accounts.invite(admin, "fatou", "Fatou Camara", AccountAccess.of(Role.COORDINATOR));
            accounts.invite(admin, "awa", "Awa Diallo", new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr")));
        }
    }

    private void openAsFatou() {
        accounts();
        signInAs("fatou", "COORDINATOR");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(SLUG));
    }

    private static List<String> lines() {
        return _find(Paragraph.class, spec -> spec.withClasses("presence-other")).stream().map(Paragraph::getText).toList();
    }

    @Test
    void saysWhoElseIsEditingAndFollowsThemAtEachHeartbeat() {
        accounts();
        presence.open(AWA, "awa-on-another-instance", practice(), List.of("fr"));
        openAsFatou();

        assertThat(lines()).singleElement().asString()
                .matches("Awa Diallo \\(translator\\) is also editing this practice — in French — since \\d{1,2}:\\d{2}.?[AP]M UTC\\.");

        PresenceNotice notice = _get(PresenceNotice.class);
        presence.close(AWA, "awa-on-another-instance");
        notice.refresh();
        assertThat(lines()).isEmpty();
        assertThat(notice.isVisible()).isFalse();
    }

    @Test
    void aCrowdIsNamedUpToThreeAndTheRestCounted() {
        openAsFatou();
        PresenceNotice notice = _get(PresenceNotice.class);
        java.time.OffsetDateTime since = java.time.OffsetDateTime.parse("2026-12-02T10:42:00Z");
        List<OtherEditor> crowd = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new OtherEditor("Editor " + i, Role.TRANSLATOR, List.of("fr"), since, false)).toList();

        notice.show(crowd);

        assertThat(lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("Editor "));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("presence-more")).getText()).isEqualTo("2 more people also have it open.");
        assertThat(_find(notice, Paragraph.class)).as("a line a person named, one for the others").hasSize(4);

        notice.show(crowd.subList(0, 3));
        assertThat(lines()).hasSize(3);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("presence-more"))).isEmpty();
    }

    @Test
    void aSaveKeepsTheEditorOpenAndLeavingClosesIt() {
        openAsFatou();
        List<OtherEditor> before = presence.open(AWA, "awa-on-another-instance", practice(), List.of("fr"));
        assertThat(before).extracting(OtherEditor::displayName, OtherEditor::languages)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fatou Camara", List.of("fr", "en")));

        _setValue(titleFields().get(1), "Assessing local security together");
        save();
        MockVaadin.clientRoundtrip(false);

        assertThat(presence.beat(AWA, "awa-on-another-instance", practice(), List.of("fr"))).as("the same editor, opened at the same time")
                .isEqualTo(before);

        UI.getCurrent().navigate(PracticesView.class);
        MockVaadin.clientRoundtrip(false);

        assertThat(presence.beat(AWA, "awa-on-another-instance", practice(), List.of("fr"))).isEmpty();
    }
}
