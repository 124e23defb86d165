package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.web.i18n.UiLanguages;
import org.proximite.web.practice.PracticesView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chapters page finished: a chapter others depend on is disabled or removed only after the
 * admin is told which; every action says it is done; a refused upload is answered as refused; the
 * upload widget and the history speak the admin's language and name who acted; a language a
 * chapter brings appears in open pages without a reload. The session speaks French unless said.
 */
class ChapterAdministrationViewTest extends BrowserlessUiTest {

    @Autowired
    ChapterAdministration administration;

    @Autowired
    ChapterQueries chapters;

    @Autowired
    UiLanguages uiLanguages;

    private boolean installed(String id) {
        return chapters.list("fr").stream().anyMatch(chapter -> chapter.id().equals(id));
    }

    private void installGuineaBissau() throws Exception {
        if (!installed("guinea-bissau")) {
            byte[] example = getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar").readAllBytes();
            administration.apply(administration.prepare("guinea-bissau.jar", example, Drafts.ADMIN).id(), Answers.none(), Drafts.ADMIN);
        }
    }

    private ChapterState state(String id) {
        return chapters.list("fr").stream().filter(chapter -> chapter.id().equals(id)).findFirst().map(ChapterSummary::state).orElseThrow();
    }

    private static void openChaptersPage() {
        UI.getCurrent().navigate(ChaptersView.class);
        NotificationsKt.clearNotifications();
    }

    /** The action buttons on the chapter's row of the grid. */
    @SuppressWarnings("unchecked")
    private static Component actionsOf(String chapterId) {
        Grid<ChapterSummary> grid = _get(Grid.class, spec -> spec.withClasses("chapter-grid"));
        List<ChapterSummary> rows = grid.getListDataView().getItems().toList();
        int row = IntStream.range(0, rows.size()).filter(i -> rows.get(i).id().equals(chapterId)).findFirst().orElseThrow();
        return _getCellComponent(grid, row, "actions");
    }

    private static void click(String chapterId, String buttonClass) {
        _click(_get(actionsOf(chapterId), Button.class, spec -> spec.withClasses(buttonClass)));
    }

    private static List<String> notifications(NotificationVariant variant) {
        return NotificationsKt.getNotifications().stream()
                .filter(notification -> notification.getThemeNames().contains(variant.getVariantName()))
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    @Test
    void disablingAChapterOthersDependOnNamesThemAndAsksAndEveryActionSaysItIsDone() throws Exception {
        installGuineaBissau();
        signInAs("amina", "ADMIN");
        openChaptersPage();

        click("guinea", "disable-button");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dependants")).getText())
                .as("the dialog names the chapter that depends on Guinea").contains("guinea-bissau").startsWith("Ce chapitre en dépend");
        _click(_get(Button.class, spec -> spec.withClasses("cancel-button")));
        assertThat(state("guinea")).as("nothing happens until the admin confirms").isEqualTo(ChapterState.ACTIVE);

        click("guinea", "disable-button");
        _click(_get(Button.class, spec -> spec.withClasses("confirm-disable-button")));
        assertThat(state("guinea")).isEqualTo(ChapterState.DISABLED);
        assertThat(notifications(NotificationVariant.SUCCESS)).singleElement().asString().contains("est désactivé");

        NotificationsKt.clearNotifications();
        click("guinea", "enable-button");
        assertThat(state("guinea")).isEqualTo(ChapterState.ACTIVE);
        assertThat(notifications(NotificationVariant.SUCCESS)).singleElement().asString().contains("est activé");

        // A chapter nothing depends on is disabled at once, with the same message.
        NotificationsKt.clearNotifications();
        click("guinea-bissau", "disable-button");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("dependants"))).isEmpty();
        assertThat(state("guinea-bissau")).isEqualTo(ChapterState.DISABLED);
        assertThat(notifications(NotificationVariant.SUCCESS)).singleElement().asString().contains("est désactivé");
        click("guinea-bissau", "enable-button");
        assertThat(state("guinea-bissau")).isEqualTo(ChapterState.ACTIVE);

        // The history names who acted, people by their name and the application in words.
        Grid<?> history = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        assertThat(String.join(" ", _getFormattedRow(history, 0))).contains("Activation", "amina");
        assertThat(IntStream.range(0, _size(history)).mapToObj(row -> String.join(" ", _getFormattedRow(history, row))))
                .as("Guinea installed at start by the application itself")
                .anySatisfy(line -> assertThat(line).contains("Installation", "Proximité (d’elle-même)"))
                .noneSatisfy(line -> assertThat(line).endsWith(" system"));
    }

    @Test
    void removingAChapterOthersDependOnNamesThemAndOffersNoRemoval() throws Exception {
        installGuineaBissau();
        signInAs("admin", "ADMIN");
        openChaptersPage();

        click("guinea", "remove-button");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dependants")).getText()).contains("guinea-bissau", "Retirez-le d’abord");
        assertThat(_get(Button.class, spec -> spec.withClasses("remove-keep-button")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withClasses("remove-delete-button")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withClasses("cancel-button")));
        assertThat(installed("guinea")).isTrue();
    }

    @Test
    void aRefusedUploadIsAnsweredAsRefusedWithItsReasonsBelowAndAnAcceptedOneIsNot() throws Exception {
        signInAs("admin", "ADMIN");
        openChaptersPage();
        Upload upload = _get(Upload.class, spec -> spec.withClasses("chapter-upload"));

        UploadEvent refused = upload(upload, "not-a-chapter.jar", "not even a zip".getBytes());

        assertThat(refused.isRejected()).as("the widget marks the file refused, not ticked").isTrue();
        assertThat(refused.getRejectionMessage()).isEqualTo("Refusé : les raisons sont ci-dessous.");
        assertThat(upload.getI18n().getUploading().getError().getForbidden())
                .as("what the widget shows on the refused file (the server answers 422)").isEqualTo("Refusé : les raisons sont ci-dessous.");
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Div.class, spec -> spec.withClasses("rejection")).getElement().getTextRecursively()).contains("Refusé");
        assertThat(notifications(NotificationVariant.ERROR)).isNotEmpty();

        UploadEvent accepted = upload(upload, "guinea.jar", getClass().getResourceAsStream("/shipped-chapters/guinea.jar").readAllBytes());
        assertThat(accepted.isRejected()).isFalse();
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(InstallPlanView.class)).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("rejection"))).isEmpty();
    }

    /** What the browser's upload request does: the file handed to the widget's handler, which may reject it. */
    private static UploadEvent upload(Upload upload, String fileName, byte[] bytes) throws Exception {
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), VaadinSession.getCurrent(), fileName,
                bytes.length, "application/java-archive", upload.getElement(), part(bytes));
        UploadKt.get_handler(upload).handleUploadRequest(event);
        return event;
    }

    private static Part part(byte[] bytes) {
        return (Part) java.lang.reflect.Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getInputStream" -> (InputStream) new ByteArrayInputStream(bytes);
                    case "getSize" -> (long) bytes.length;
                    case "getHeaderNames", "getHeaders" -> (Collection<String>) List.<String>of();
                    default -> null;
                });
    }

    @Test
    void theUploadWidgetSpeaksTheAdminsLanguage() throws Exception {
        signInAs("admin", "ADMIN");
        openChaptersPage();
        Upload french = _get(Upload.class, spec -> spec.withClasses("chapter-upload"));
        assertThat(french.getI18n().getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
        assertThat(french.getI18n().getError().getFileIsTooBig()).isEqualTo("Le fichier est trop gros.");

        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ChaptersView.class);
        assertThat(_get(Upload.class, spec -> spec.withClasses("chapter-upload")).getI18n().getAddFiles().getOne()).isEqualTo("Choose a file…");

        installGuineaBissau();
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pt"));
        UI.getCurrent().navigate(ChaptersView.class);
        assertThat(_get(Upload.class, spec -> spec.withClasses("chapter-upload")).getI18n().getDropFiles().getOne())
                .as("Portuguese, brought by the Guinea-Bissau chapter").isEqualTo("Largue um ficheiro aqui");
    }

    @Test
    void aLanguageAChapterBringsAppearsInTheOpenPagesLanguageSwitchWithoutAReload() throws Exception {
        if (installed("guinea-bissau")) {
            administration.uninstall("guinea-bissau", false, Drafts.ADMIN);
        }
        signInAs("viewer");
        UI.getCurrent().navigate(PracticesView.class);
        @SuppressWarnings("unchecked")
        Select<Locale> languageSwitch = _get(Select.class, spec -> spec.withClasses("language-switch"));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return languageSwitch.getListDataView().getItems().noneMatch(locale -> locale.getLanguage().equals("pt"));
        });

        // Another admin installs the chapter (here, on this instance; on another, the outbox brings it the same way).
        installGuineaBissau();

        // The page is not reloaded: the open switch is told through the outbox, UI.access and push.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return languageSwitch.getListDataView().getItems().anyMatch(locale -> locale.getLanguage().equals("pt"));
        });
        assertThat(languageSwitch.getValue()).as("the page stays in the language it was in").isEqualTo(Locale.FRENCH);
        assertThat(uiLanguages.available()).extracting(Locale::getLanguage).contains("pt");
    }
}
