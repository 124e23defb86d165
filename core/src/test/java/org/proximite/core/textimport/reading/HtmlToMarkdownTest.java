package org.proximite.core.textimport.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A web page pasted as HTML becomes Markdown blocks: structure kept, anything that runs or tracks dropped. */
class HtmlToMarkdownTest {

    @Test
    void keepsHeadingsParagraphsListsLinksAndEmphasis() {
        String html = """
                <h1>Share Fair</h1>
                <p>The <strong>Partners for Security in Guinea</strong> Share Fair was <em>a success</em>:
                   read <a href="https://example.org/guide">the Guide</a> or <a href="mailto:info@example.org">write</a>.</p>
                <h2>What happened</h2>
                <ul><li>Theatre plays</li><li>A football <b>match</b>
                  <ol><li>police</li><li>citizens</li></ol></li></ul>
                <blockquote><p>Dialogue and trust.</p></blockquote>
                """;

        assertThat(HtmlToMarkdown.blocks(html)).containsExactly(
                "# Share Fair",
                "The **Partners for Security in Guinea** Share Fair was *a success*: read [the Guide](https://example.org/guide) or "
                        + "[write](mailto:info@example.org).",
                "## What happened",
                "- Theatre plays\n- A football **match**\n  1. police\n  2. citizens",
                "> Dialogue and trust.");
    }

    @Test
    void dropsScriptsStylesFramesAndFormsEntirely() {
        String html = """
                <html><head><title>t</title><style>p { color: red }</style><script>alert('head')</script></head>
                <body><p>Bonjour<script>document.cookie</script> à tous.</p>
                <noscript>enable scripts</noscript><iframe src="https://tracker.example"></iframe>
                <form><input value="x"><button>Send</button></form><img src="x.png" onerror="alert(1)">
                <p onclick="alert(2)">Fin.</p></body></html>
                """;

        String markdown = String.join("\n\n", HtmlToMarkdown.blocks(html));

        assertThat(markdown).isEqualTo("Bonjour à tous.\n\nFin.");
    }

    @Test
    void keepsOnlyWebAndMailLinksAndEscapesWhatWouldBecomeMarkdown() {
        String html = "<p><a href=\"javascript:alert(1)\">click</a>, <a href=\"data:text/html,x\">data</a>, "
                + "<a href=\"/relative\">relative</a>, <a href=\"http://example.org/a\">web</a> *not emphasis* [not a link](x)</p>"
                + "<p># not a heading</p><p>1. not a list</p>";

        assertThat(HtmlToMarkdown.blocks(html)).containsExactly(
                "click, data, relative, [web](http://example.org/a) \\*not emphasis\\* \\[not a link\\](x)",
                "\\# not a heading",
                "1\\. not a list");
    }

    @Test
    void keepsLineBreaksAndNoBreakSpaces() {
        assertThat(HtmlToMarkdown.blocks("<p>Conakry<br>Guinée</p><p>10&nbsp;%</p>"))
                .containsExactly("Conakry\\\nGuinée", "10\u00A0%");
    }
}
