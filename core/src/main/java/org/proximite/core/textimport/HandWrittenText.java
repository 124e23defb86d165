package org.proximite.core.textimport;

import org.jsoup.Jsoup;
import org.proximite.core.textimport.reading.HtmlToMarkdown;

/**
 * A paragraph's text as an editor wrote it by hand, cleaned as the import cleans what it reads:
 * stray control characters gone, and HTML (a tag typed or pasted in) read as a web page is, so
 * that no script, style or other markup reaches the draft; Markdown without tags stays as written.
 */
final class HandWrittenText {

    /** The longest paragraph written by hand, in characters: as long as the body of a text may be. */
    static final int MAX_LENGTH = org.proximite.chapter.format.TextField.BODY_LENGTH;

    private HandWrittenText() {}

    static String clean(String written) {
        String text = (written == null ? "" : written).replaceAll(PreviewReader.STRAY_CONTROLS, "").strip();
        if (Jsoup.parseBodyFragment(text).body().children().isEmpty()) {
            return text;
        }
        return String.join("\n\n", HtmlToMarkdown.blocks(text)).strip();
    }
}
