/**
 * The application's frame: the host page (theme, viewport, stylesheet) and the layout shared by
 * all views, with the header, the language switch and the navigation drawer.
 */
package org.proximite.web.shell;
