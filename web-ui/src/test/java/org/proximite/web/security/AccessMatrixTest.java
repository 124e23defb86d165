package org.proximite.web.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.proximite.web.account.SetupView;
import org.proximite.web.account.UsersView;
import org.proximite.web.audit.AuditView;
import org.proximite.web.backup.BackupView;
import org.proximite.web.edition.EditionsView;
import org.proximite.web.overview.ContentOverviewView;
import org.proximite.web.textimport.ImportView;
import org.proximite.web.chapter.ChapterView;
import org.proximite.web.chapter.ChaptersView;
import org.proximite.web.home.HomeView;
import org.proximite.web.initiative.InitiativeEditorView;
import org.proximite.web.initiative.InitiativeView;
import org.proximite.web.initiative.InitiativesView;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.practice.PracticeView;
import org.proximite.web.practice.PracticesView;
import org.proximite.web.search.SearchView;
import org.proximite.web.testing.BrowserlessUiTest;

/**
 * Every workspace route × every kind of person: who opens it, who is sent to sign in, who is
 * refused. What each may change once inside is checked by the core's services (see ActorTest
 * and the editing ITs); the REST API's rules are in SecurityConfiguration.
 */
class AccessMatrixTest extends BrowserlessUiTest {

    private static final Map<String, Class<? extends Component>> ROUTES = Map.ofEntries(
            Map.entry("workspace", HomeView.class),
            Map.entry("workspace/practices", PracticesView.class),
            Map.entry("workspace/practices/local-security-council", PracticeView.class),
            Map.entry("workspace/initiatives", InitiativesView.class),
            Map.entry("workspace/initiatives/share-fair", InitiativeView.class),
            Map.entry("workspace/chapters/guinea", ChapterView.class),
            Map.entry("workspace/chapters/guinea/adaptations", org.proximite.web.chapter.ChapterAdaptationsView.class),
            Map.entry("workspace/search", SearchView.class),
            Map.entry("edit/practices/local-security-council", PracticeEditorView.class),
            Map.entry("edit/initiatives/share-fair", InitiativeEditorView.class),
            Map.entry("workspace/overview", ContentOverviewView.class),
            Map.entry("workspace/editions", EditionsView.class),
            Map.entry("workspace/import", ImportView.class),
            Map.entry("admin/chapters", ChaptersView.class),
            Map.entry("admin/users", UsersView.class),
            Map.entry("admin/audit", AuditView.class),
            Map.entry("admin/backup", BackupView.class));

    private static final List<String> EVERYONE_SIGNED_IN = List.of("workspace", "workspace/practices",
            "workspace/practices/local-security-council", "workspace/initiatives", "workspace/initiatives/share-fair",
            "workspace/chapters/guinea", "workspace/search");
    private static final List<String> CONTENT_ROLES = List.of("edit/practices/local-security-council", "edit/initiatives/share-fair",
            "workspace/overview", "workspace/chapters/guinea/adaptations");
    private static final List<String> COORDINATORS = List.of("workspace/editions", "workspace/import");
    private static final List<String> ADMINS = List.of("admin/chapters", "admin/users", "admin/audit", "admin/backup");
    /** Open to everyone, signed in or not: signing in, and choosing a password from a link. */
    private static final List<Class<? extends Component>> ANONYMOUS = List.of(LoginView.class, SetupView.class);

    static Stream<Arguments> matrix() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String route : ROUTES.keySet()) {
            cases.add(Arguments.of("anonymous", route, "login"));
            for (String role : List.of("COUNTRY_EDITOR", "TRANSLATOR", "REVIEWER", "COORDINATOR", "ADMIN")) {
                boolean allowed = EVERYONE_SIGNED_IN.contains(route) || CONTENT_ROLES.contains(route)
                        || (COORDINATORS.contains(route) && (role.equals("COORDINATOR") || role.equals("ADMIN")))
                        || (ADMINS.contains(route) && role.equals("ADMIN"));
                cases.add(Arguments.of(role, route, allowed ? "open" : "denied"));
            }
        }
        return cases.build();
    }

    /** A route added without a line in the matrix fails here. */
    @Test
    void theMatrixListsEveryRoute() {
        Set<Class<? extends Component>> listed = new HashSet<>(ROUTES.values());
        listed.addAll(ANONYMOUS);
        Set<String> unlisted = new TreeSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !listed.contains(route.getNavigationTarget()))
                .forEach(route -> unlisted.add(route.getTemplate()));
        assertThat(unlisted).as("routes the matrix does not list").isEmpty();
    }

    @ParameterizedTest(name = "{0} → /{1}: {2}")
    @MethodSource("matrix")
    void eachPersonOpensOnlyTheirRoutes(String who, String route, String expected) {
        if (!who.equals("anonymous")) {
            signInAs(who.toLowerCase(java.util.Locale.ROOT), who);
        }
        switch (expected) {
            case "login" -> {
                UI.getCurrent().navigate(route);
                assertThat(_find(LoginView.class)).hasSize(1);
            }
            case "denied" -> assertThatThrownBy(() -> UI.getCurrent().navigate(route)).hasMessageContaining("Access is denied");
            default -> {
                UI.getCurrent().navigate(route);
                assertThat(_find(ROUTES.get(route))).as(who + " on " + route).hasSize(1);
            }
        }
    }
}
