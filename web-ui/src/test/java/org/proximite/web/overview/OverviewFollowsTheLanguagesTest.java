package org.proximite.web.overview;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.proximite.web.chapter.ChapterAdministration;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.ShippedChapters;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator has the content overview open when an admin installs a chapter that brings
 * Portuguese: the new language's column, its place in the language filter and in the XLIFF export
 * appear on the open page, through the outbox and server push, without a reload; what the
 * coordinator chose stays chosen.
 */
class OverviewFollowsTheLanguagesTest extends BrowserlessUiTest {

    @Autowired
    ChapterAdministration administration;

    @Test
    @SuppressWarnings("unchecked")
    void aLanguageAChapterBringsAppearsInTheOpenOverviewsColumnsFilterAndExportWithoutAReload() throws Exception {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(ContentOverviewView.class);
        ContentOverviewView overview = _get(ContentOverviewView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("overview-grid"));
        Select<String> filter = _get(Select.class, spec -> spec.withClasses("filter-language"));
        Select<String> exportInto = _get(Select.class, spec -> spec.withClasses("xliff-to"));
        assertThat(grid.getColumnByKey("lang-pt")).as("no chapter brings Portuguese yet").isNull();
        assertThat(filter.getListDataView().getItems()).doesNotContain("pt");
        filter.setValue("fr");

        ShippedChapters.installGuineaBissau(administration);

        // The page is not reloaded: the open overview is told through the outbox, UI.access and push.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return grid.getColumnByKey("lang-pt") != null;
        });
        assertThat(_get(ContentOverviewView.class)).as("the same page, not a new one").isSameAs(overview);
        assertThat(filter.getListDataView().getItems()).contains("fr", "en", "pt");
        assertThat(filter.getValue()).as("the filter chosen stays").isEqualTo("fr");
        assertThat(exportInto.getListDataView().getItems()).contains("pt");
        assertThat(grid.getColumns().getLast().getKey()).as("who changed it last stays the last column").isEqualTo("last-change");
        assertThat(_size(grid)).isPositive();
        assertThat(_getCellComponent(grid, 0, "lang-pt")).as("the rows are read again, with a cell for the new language").isNotNull();
    }
}
