/**
 * Pieces every reading page uses: Markdown shown safely, the notice that a text is not translated
 * yet, badges, and the reader's content language.
 */
package org.proximite.web.content;
