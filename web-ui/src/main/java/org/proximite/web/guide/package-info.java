/**
 * The public guide: light pages rendered on the server from precompiled templates, readable
 * without JavaScript, under {@code /guide/{lang}/}. Every address names its language, so a page
 * can be shared in French or in English; answers are cached, compressed and revalidated by the
 * read cache, the same for every reader. The Vaadin application is the workspace of signed-in
 * people; it links here.
 */
package org.proximite.web.guide;
