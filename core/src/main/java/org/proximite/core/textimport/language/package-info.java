/**
 * The language of a paragraph (French, English, Portuguese), told by the short words every text
 * in that language uses and by the accents it writes; too short a paragraph has no language. The
 * word lists are plain text resources beside this package, one word a line, to read and extend.
 */
package org.proximite.core.textimport.language;
