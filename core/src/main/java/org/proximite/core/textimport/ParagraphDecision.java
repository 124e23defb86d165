package org.proximite.core.textimport;

/**
 * What the editor decided for one paragraph of a preview.
 *
 * @param number the paragraph's number in the preview, from 1
 * @param choice accept the paragraph as repaired, refuse it (it stays out of the draft), or replace
 *     it with a text written by hand
 * @param text the text written by hand (Markdown), only with {@link Choice#EDIT}
 * @param language the paragraph's language when the editor corrected it; null keeps the one found
 */
public record ParagraphDecision(int number, Choice choice, String text, String language) {

    public enum Choice {
        ACCEPT,
        REFUSE,
        EDIT
    }
}
