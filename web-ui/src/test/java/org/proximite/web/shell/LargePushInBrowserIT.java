package org.proximite.web.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The push channel's buffers start small ({@link PushChannelBuffers}): a page open in the workspace
 * still receives, without a reload, what the server pushes to it when it is far larger than they
 * are (a quarter of a million characters, accented ones among them), over the WebSocket.
 */
class LargePushInBrowserIT extends InBrowserTest {

    /** The workspace pages opened, as the server holds them. */
    static final List<UI> OPENED = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class OpenedPages {
        @Bean
        VaadinServiceInitListener recordOpenedPages() {
            return event -> event.getSource().addUIInitListener(init -> OPENED.add(init.getUI()));
        }
    }

    @Test
    void aPushFarLargerThanTheBuffersReachesThePage() {
        String text = "Médiation de quartier, écoute et confiance. ".repeat(6_000);
        List<String> sockets = new CopyOnWriteArrayList<>();
        try (BrowserContext context = reader("fr-FR")) {
            Page page = context.newPage();
            page.onWebSocket(socket -> sockets.add(socket.url()));
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Se connecter");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
            page.navigate(url("/workspace/practices"));
            assertThat(page.locator("h1")).isVisible();
            page.waitForCondition(() -> sockets.stream().anyMatch(address -> address.contains("/VAADIN/push")));
            UI shown = await().atMost(Duration.ofSeconds(30)).until(LargePushInBrowserIT::connectedPracticeList, ui -> ui != null);

            shown.access(() -> {
                Paragraph pushed = new Paragraph(text);
                pushed.addClassName("pushed");
                shown.add(pushed);
            });

            assertThat(page.locator("p.pushed")).hasCount(1);
            org.assertj.core.api.Assertions.assertThat(page.locator("p.pushed").textContent()).isEqualTo(text);
        }
    }

    /** The open list of practices whose push channel is connected, if any yet. */
    private static UI connectedPracticeList() {
        return OPENED.stream()
                .filter(ui -> ui.getInternals().getPushConnection() != null && ui.getInternals().getPushConnection().isConnected())
                .filter(ui -> ui.getInternals().getActiveRouterTargetsChain().stream()
                        .anyMatch(target -> target instanceof org.proximite.web.practice.PracticesView))
                .findFirst().orElse(null);
    }
}
