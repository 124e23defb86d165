package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserlessUiTest;

/** Admins see the installed chapters and their history; editors do not. */
class ChaptersViewTest extends BrowserlessUiTest {

    @Test
    void anAdminSeesTheGuineaChapterAndItsInstallation() {
        signInAs("admin", "ADMIN", "EDITOR");

        UI.getCurrent().navigate(ChaptersView.class);

        Grid<?> chapters = _get(Grid.class, spec -> spec.withClasses("chapter-grid"));
        assertThat(_size(chapters)).isEqualTo(1);
        Grid<?> history = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        assertThat(_size(history)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anEditorWhoIsNotAdminCannotOpenIt() {
        signInAs("coordinator", "EDITOR");

        assertThatThrownBy(() -> UI.getCurrent().navigate(ChaptersView.class))
                .hasMessageContaining("Access is denied");
        assertThat(_find(ChaptersView.class)).isEmpty();
    }

    @Test
    void aReaderIsSentToTheLoginPage() {
        UI.getCurrent().navigate(ChaptersView.class);

        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
