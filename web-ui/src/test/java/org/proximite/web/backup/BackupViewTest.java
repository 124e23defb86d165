package org.proximite.web.backup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.BrowserlessUiTest;

/** Admins export from the page, following its progress, and see whether this instance can take an import; others cannot open it. */
class BackupViewTest extends BrowserlessUiTest {

    @Test
    void anAdminExportsEverythingAndGetsALinkToTheFile() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(BackupView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("backup-import-readiness")).getText())
                .isEqualTo("This instance is empty: it can receive an import.");
        _click(_get(Button.class, spec -> spec.withClasses("backup-export-start")));
        ExportPanel panel = _get(ExportPanel.class);
        Paragraph status = _get(Paragraph.class, spec -> spec.withClasses("backup-export-status"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            panel.refresh();
            return status.getText().startsWith("The export is ready");
        });

        assertThat(status.getText()).matches("The export is ready: \\d+ rows in \\d+ tables\\.");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("backup-export-link")).getText()).matches("Download proximite-\\d{8}-\\d{6}\\.zip");
    }

    @Test
    void thePageSpeaksFrench() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(BackupView.class);

        assertThat(_get(Button.class, spec -> spec.withClasses("backup-import-start")).getText()).isEqualTo("Tout remplacer par cet export");
    }

    @Test
    void aCoordinatorCannotOpenIt() {
        signInAs("coordinator", "COORDINATOR");

        assertThatThrownBy(() -> UI.getCurrent().navigate(BackupView.class)).hasMessageContaining("Access is denied");
    }
}
