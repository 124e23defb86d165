package org.proximite.core.edition;

/**
 * Draws one format of an edition from its snapshot in one language. The application provides one
 * per {@link EditionFormat}; a renderer that throws fails the whole edition, which then keeps no file.
 */
public interface EditionRenderer {

    EditionFormat format();

    byte[] render(EditionSnapshot snapshot);
}
