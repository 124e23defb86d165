package org.proximite.web.xliff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.TextState;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.workflow.ContentOverview;
import org.proximite.core.xliff.ItemKey;
import org.proximite.core.xliff.XliffExport;
import org.proximite.web.overview.ContentOverviewView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the content overview, a coordinator chooses a practice, exports it from French to English
 * for a translator, and imports the translated file back: the report says, in French, what changed,
 * and the English text is a draft. A file that cannot be imported is refused with its reason.
 */
class XliffInTheOverviewTest extends BrowserlessUiTest {

    private static final ItemKey PLAN = new ItemKey(ItemKind.PRACTICE, "local-security-plan");

    @Autowired
    XliffExport export;

    @Autowired
    PracticeEditing practices;

    private static void openTheOverview() {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(ContentOverviewView.class);
    }

    @SuppressWarnings("unchecked")
    private static void choose(String slug) {
        Grid<ContentOverview.Row> grid = _get(Grid.class, spec -> spec.withClasses("overview-grid"));
        grid.select(IntStream.range(0, GridKt._size(grid)).mapToObj(index -> GridKt._get(grid, index))
                .filter(row -> row.slug().equals(slug)).findFirst().orElseThrow());
    }

    private static void upload(String name, byte[] file) {
        if (_find(XliffImportDialog.class).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withClasses("xliff-import")));
        }
        UploadKt._upload(_get(Upload.class, spec -> spec.withClasses("xliff-upload")), name, file);
        MockVaadin.runUIQueue();
    }

    private static Paragraph summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("xliff-summary"));
    }

    @Test
    void aCoordinatorExportsTheChosenPracticeAndImportsItsTranslationBackAsADraft() {
        openTheOverview();
        Grid<?> overview = _get(Grid.class, spec -> spec.withClasses("overview-grid"));
        assertThat(IntStream.range(0, GridKt._size(overview)).mapToObj(row -> GridKt._getCellComponent(overview, row, "item")))
                .as("each title is marked with the language it is written in").isNotEmpty()
                .allSatisfy(title -> assertThat(title.getElement().getAttribute("lang")).isIn("fr", "en"));
        _click(_get(Button.class, spec -> spec.withClasses("xliff-export")));
        NotificationsKt.expectNotifications("Choisissez d’abord dans la liste les éléments à exporter.");

        choose(PLAN.slug());
        _click(_get(Button.class, spec -> spec.withClasses("xliff-export")));

        assertThat(_get(Anchor.class, spec -> spec.withClasses("xliff-file")).getText()).startsWith("Télécharger local-security-plan.fr-en.xlf");
        String file = new String(export.export(new XliffExport.Selection(List.of(PLAN), "fr", "en"), Drafts.COORDINATOR).bytes(),
                StandardCharsets.UTF_8).replace("<target>Local security plan</target>", "<target>Local safety plan</target>");

        upload("local-security-plan.fr-en.xlf", file.getBytes(StandardCharsets.UTF_8));

        assertThat(summary().getText()).startsWith("Importé en brouillons : 0 nouveaux, 1 modifiés");
        assertThat(summary().getClassNames()).contains("xliff-written");
        @SuppressWarnings("unchecked")
        Grid<XliffImportDialog.Row> fields = _get(Grid.class, spec -> spec.withClasses("xliff-fields"));
        assertThat(GridKt._size(fields)).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(fields, 0)).contains("practice:local-security-plan", "title", "Modifié");
        var english = practices.load(PLAN.slug()).item().texts().get("en");
        assertThat(english.state()).isEqualTo(TextState.DRAFT);
        assertThat(english.text().title()).isEqualTo("Local safety plan");
    }

    @Test
    void aFileThatCannotBeImportedIsRefusedWithItsReason() {
        openTheOverview();
        String file = new String(export.export(new XliffExport.Selection(List.of(PLAN), "fr", "en"), Drafts.COORDINATOR).bytes(),
                StandardCharsets.UTF_8);

        upload("notes.txt", "titre;Plan local".getBytes(StandardCharsets.UTF_8));
        assertThat(summary().getText()).startsWith("Ce n’est pas un fichier XML");
        assertThat(summary().getClassNames()).contains("xliff-refused");

        upload("plan.xlf", file.replace("<unit id=\"cost\">", "<unit id=\"motto\">").getBytes(StandardCharsets.UTF_8));
        assertThat(summary().getText()).startsWith("Rien n’a été importé : 1 problèmes");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("xliff-problem"))).extracting(ListItem::getText)
                .containsExactly("practice:local-security-plan · motto — Ce n’est pas un champ de l’élément : ses champs sont title, summary, body, "
                        + "effect, mechanism, context, implementation, cost.");
    }
}
