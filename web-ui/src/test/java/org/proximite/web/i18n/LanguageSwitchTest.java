package org.proximite.web.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.proximite.web.home.HomeView;
import org.proximite.web.testing.BrowserlessUiTest;

class LanguageSwitchTest extends BrowserlessUiTest {

    /** The reading views are the workspace's preview: signed in, without the right to edit. */
    @org.junit.jupiter.api.BeforeEach
    void signInWithoutEditing() {
        signInAs("viewer");
    }

    @Test
    void aNewReaderWithoutPreferenceSeesFrench() {
        UI.getCurrent().navigate(HomeView.class);

        assertThat(welcomeText()).isEqualTo("Bienvenue sur Proximité");
    }

    @Test
    void switchingToEnglishInTheHeaderTranslatesTheOpenPage() {
        UI.getCurrent().navigate(HomeView.class);

        _setValue(languageSwitch(), Locale.ENGLISH);

        assertThat(welcomeText()).isEqualTo("Welcome to Proximité");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void switchingRemembersTheChoiceInACookie() {
        UI.getCurrent().navigate(HomeView.class);

        _setValue(languageSwitch(), Locale.ENGLISH);

        FakeResponse response = (FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
        Cookie cookie = response.getCookie(LanguageCookie.NAME);
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getMaxAge()).isPositive();
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> languageSwitch() {
        return _get(Select.class, spec -> spec.withClasses("language-switch"));
    }

    private static String welcomeText() {
        return _get(H1.class, spec -> spec.withClasses("home-welcome")).getText();
    }
}
