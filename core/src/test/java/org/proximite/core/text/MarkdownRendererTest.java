package org.proximite.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Only web and mail links are kept: https, http and mailto. */
    @Test
    void keepsOnlyWebAndMailLinks() {
        String html = renderer.toSafeHtml("[a](https://example.org) [b](http://example.org) [c](mailto:team@example.org) [d](ftp://example.org)"
                + " [e](data:text/html,x) [f](javascript:alert(1)) [g](file:///etc/passwd)");
        assertThat(html).contains("href=\"https://example.org\"").contains("href=\"http://example.org\"")
                .contains("href=\"mailto:team&#64;example.org\"");
        assertThat(html).doesNotContain("ftp:").doesNotContain("data:").doesNotContain("javascript:").doesNotContain("file:");
    }

    /** Each vector of the corpus (filter evasions, naughty strings) alone, and all of them in one text. */
    @ParameterizedTest
    @MethodSource("xssCorpus")
    void noVectorOfTheCorpusGetsThrough(String vector) {
        assertSafe(renderer.toSafeHtml(vector));
        assertSafe(renderer.toSafeHtml("Intro\n\n" + vector + "\n\n- item " + vector));
    }

    /**
     * The shared corpus, one vector a line in each file of {@code xss/} (the web module's browser
     * test reads the same files): filter evasions, tokenizer edge cases, naughty strings.
     * {@code \n} in a line stands for a line break.
     */
    static List<String> xssCorpus() throws IOException {
        List<String> corpus = new java.util.ArrayList<>();
        for (String file : List.of("filter-evasion.txt", "html5lib-tokenizer.txt", "naughty-strings.txt")) {
            try (var in = MarkdownRendererTest.class.getResourceAsStream("/xss/" + file)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.replace("\\n", "\n"))
                        .forEach(corpus::add);
            }
        }
        return corpus;
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final java.util.Set<String> ELEMENTS = java.util.Set.of("p", "a", "em", "strong", "b", "i", "u", "s", "strike", "sub", "sup",
            "code", "pre", "br", "hr", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "thead", "tbody", "tfoot",
            "tr", "th", "td", "caption", "div", "span", "tt", "big", "small");

    /**
     * What a browser would run: every real tag of the HTML (escaped text is no tag) is an allowed
     * element, has no event handler or style, and its addresses, entities decoded, are only web or
     * mail addresses.
     */
    public static void assertSafe(String html) {
        var tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(ELEMENTS).as(html).contains(tags.group(2).toLowerCase(java.util.Locale.ROOT));
            var attributes = ATTRIBUTE.matcher(tags.group(3));
            while (attributes.find()) {
                String name = attributes.group(1).toLowerCase(java.util.Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
                if (name.equals("href")) {
                    String address = decoded(attributes.group(2)).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(java.util.Locale.ROOT);
                    assertThat(address).as(html).matches("(https?:|mailto:|#|/|[^:]*$).*");
                }
            }
        }
    }

    /** HTML character references decoded, as a browser reads an attribute. */
    private static String decoded(String value) {
        var references = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(value);
        StringBuilder out = new StringBuilder();
        while (references.find()) {
            int code = Integer.parseInt(references.group(2), references.group(1).isEmpty() ? 10 : 16);
            references.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(Character.toString(code)));
        }
        references.appendTail(out);
        return out.toString().replace("&colon;", ":").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    }

    @Test
    void blankGivesNothing() {
        assertThat(renderer.toSafeHtml("  ")).isEmpty();
        assertThat(renderer.toSafeHtml(null)).isEmpty();
    }
}
