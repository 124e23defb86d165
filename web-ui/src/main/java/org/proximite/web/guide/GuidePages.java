package org.proximite.web.guide;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders a public page with its frame: the one place that knows the templates and their frame.
 * Editions render the same templates, for documents that are not served at an address.
 */
@Component
public class GuidePages {

    static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final TemplateEngine templates;
    private final ProximiteI18nProvider messages;
    private final GuideLanguages languages;

    GuidePages(TemplateEngine templates, ProximiteI18nProvider messages, GuideLanguages languages) {
        this.templates = templates;
        this.messages = messages;
        this.languages = languages;
    }

    public GuideTexts texts(String lang) {
        return GuideTexts.of(lang, messages, languages.available());
    }

    /**
     * A frame for a page of {@code request}, in {@code lang}.
     *
     * @param alternates the languages the page exists in; null for every language of the guide
     */
    GuideFrame frame(HttpServletRequest request, String lang, String title, List<String> alternates, String section) {
        Map<String, String> available = languages.available();
        String prefix = "/guide/" + lang;
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "/";
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        List<GuideFrame.Language> switchTo = available.entrySet().stream().map(entry -> new GuideFrame.Language(entry.getKey(), entry.getValue())).toList();
        String query = "search".equals(section) ? request.getParameter("q") : null;
        return new GuideFrame(GuideTexts.of(lang, messages, available), title, path,
                alternates == null ? List.copyOf(available.keySet()) : alternates, switchTo, section, query == null ? "" : query);
    }

    /** A frame for a document in {@code lang} that has no address of its own (a page of an edition). */
    public GuideFrame documentFrame(String lang, String title, String section) {
        List<GuideFrame.Language> switchTo = languages.available().entrySet().stream()
                .map(entry -> new GuideFrame.Language(entry.getKey(), entry.getValue())).toList();
        return new GuideFrame(texts(lang), title, "/", List.of(lang), switchTo, section, "");
    }

    /** The HTML of a template ({@code guide/practice}, {@code edition/pdf}) with its parameters and frame. */
    public String html(String template, GuideFrame frame, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("frame", frame);
        StringOutput output = new StringOutput(8192);
        templates.render(template + ".jte", all, output);
        return output.toString();
    }

    ResponseEntity<String> render(String template, GuideFrame frame, Map<String, Object> params) {
        return render(HttpStatus.OK, template, frame, params);
    }

    ResponseEntity<String> render(HttpStatus status, String template, GuideFrame frame, Map<String, Object> params) {
        return ResponseEntity.status(status).contentType(HTML).body(html("guide/" + template, frame, params));
    }
}
