package org.proximite.web.guide;

import java.util.List;

/**
 * What every public page has around its content: its language and texts, its title, where it is
 * (to switch language on the same page) and the languages it can be read in.
 *
 * @param path the address after {@code /guide/{lang}}, with its query, e.g. {@code /practices/x}
 * @param alternates the languages this page exists in, for {@code hreflang} links
 * @param switchTo every language of the guide, for the language switch
 * @param section the navigation entry to mark as current ({@code practices}, {@code search}…), or empty
 */
public record GuideFrame(GuideTexts t, String title, String path, List<String> alternates, List<Language> switchTo, String section, String query) {

    /** A language of the switch. */
    public record Language(String code, String name) {}

    public String lang() {
        return t.lang();
    }

    /** The address of this page in another language. */
    public String in(String code) {
        return "/guide/" + code + path;
    }

    /** The language switch's link to this page in another language: it remembers the choice on the way. */
    public String switchTo(String code) {
        return "/guide/" + code + "/language?to=" + java.net.URLEncoder.encode(in(code), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An address of the guide in this page's language. */
    public String link(String rest) {
        return "/guide/" + t.lang() + rest;
    }
}
