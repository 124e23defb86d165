package org.proximite.web.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.proximite.web.security.SignedInActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Base for browser-less UI tests: the whole application, and Karibu-Testing's mocked Vaadin
 * session, so views run with their real Spring beans but without a server or a browser. Each test
 * class gets an application of its own, on a fresh database and data directory, closed and deleted
 * after the class: what one class saves or installs is not seen by another. Each test starts a new
 * session as an anonymous reader.
 */
@SpringBootTest(properties = "proximite.admin.password=browserless-test-only")
@ContextCustomizerFactories(OwnApplicationPerTestClass.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class BrowserlessUiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.proximite.web");

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeEach
    void startVaadinSession() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, applicationContext, UI::new));
        // Vaadin's bootstrap gives a new UI its session's locale; Karibu's mock UI starts with the
        // JVM's, so do what the bootstrap does.
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
    }

    @AfterEach
    void endVaadinSession() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Ends this session and starts a new one, as after a restart of the instance: the person must sign in again. */
    protected void newSession() {
        endVaadinSession();
        startVaadinSession();
    }

    /**
     * Signs the session in as a user with the given roles, as Spring Security would after a form
     * login: Vaadin's access checks and {@code AuthenticationContext} then see that user.
     */
    protected static void signInAs(String user, String... roles) {
        signIn(user, user, roles);
    }

    /**
     * Signs the session in as a user with the given roles, limited to these chapters and
     * languages: a country editor of one chapter, a translator of one language.
     */
    protected static void signInWithScopes(String user, Set<String> chapters, Set<String> languages, String... roles) {
        signIn(new ScopedUser(user, chapters, languages), user, roles);
    }

    /** A signed-in person who knows their scopes, as an account of the database does. */
    private record ScopedUser(String name, Set<String> chapterScopes, Set<String> languageScopes)
            implements java.security.Principal, SignedInActor.Scoped {

        @Override
        public String getName() {
            return name;
        }
    }

    private static void signIn(Object principal, String user, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // Where a form login leaves it, and where the application's own holder reads it in a Vaadin session.
        VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((who, role) -> authorities.stream().anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }
}
