/**
 * What every reading page uses, for practices and initiatives alike: the item's page
 * ({@link org.proximite.web.content.ItemPageView}: heading, fallback notice, badges, edit button,
 * the text built from the kind's description of its fields), its card in lists, Markdown shown
 * safely, badges, titled lists and the reader's content language. Each kind adds only its own parts.
 */
package org.proximite.web.content;
