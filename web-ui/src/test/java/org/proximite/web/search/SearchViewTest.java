package org.proximite.web.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.proximite.core.search.SearchIndex;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace's search: results over the same index as the guide's, and the index's rebuild for admins. */
class SearchViewTest extends BrowserlessUiTest {

    @Autowired
    SearchIndex index;

    @Test
    void aCoordinatorFindsAPracticeWrittenWithoutItsAccents() {
        signInAs("coordinator", "COORDINATOR");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> index.status().documents() > 0);
        UI.getCurrent().navigate(SearchView.class);

        _setValue(_get(TextField.class, spec -> spec.withClasses("search-words")), "securite");

        var results = _find(Div.class, spec -> spec.withClasses("search-result"));
        assertThat(results).isNotEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("search-results")).getElement().toString()).contains("<mark>sécurité</mark>");
        assertThat(_find(Button.class, spec -> spec.withClasses("index-rebuild"))).as("only admins rebuild").allSatisfy(button ->
                assertThat(button.isVisible() && button.getParent().orElseThrow().isVisible()).isFalse());
    }

    @Test
    void anAdminRebuildsTheIndexAndThenSeesItsSize() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(SearchView.class);

        _click(_get(Button.class, spec -> spec.withClasses("index-rebuild")));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !index.status().building());
        // What the page's poll shows once the rebuild is over (Vaadin keeps a view when its address does not change).
        UI.getCurrent().navigate(org.proximite.web.home.HomeView.class);
        UI.getCurrent().navigate(SearchView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("index-status")).getText())
                .isEqualTo("Index de recherche : " + index.status().documents() + " éléments.");
    }
}
