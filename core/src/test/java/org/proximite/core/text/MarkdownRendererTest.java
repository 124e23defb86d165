package org.proximite.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsAndLinks() {
        String html = renderer.toSafeHtml("## Étapes\n\n- réunir\n- écouter\n\n[Guide](https://example.org/guide)");
        assertThat(html).contains("<h2>Étapes</h2>").contains("<li>réunir</li>")
                .contains("href=\"https://example.org/guide\"").containsPattern("rel=\"[^\"]*nofollow[^\"]*\"");
    }

    @Test
    void neutralisesScriptsAndEventHandlers() {
        String html = renderer.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))");
        assertThat(html).doesNotContain("<script").doesNotContain("onerror=").doesNotContain("javascript:").doesNotContain("<img");
    }

    @Test
    void blankGivesNothing() {
        assertThat(renderer.toSafeHtml("  ")).isEmpty();
        assertThat(renderer.toSafeHtml(null)).isEmpty();
    }
}
