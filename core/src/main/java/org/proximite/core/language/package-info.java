/** The languages content is written in: French and English at least, more with chapters. */
package org.proximite.core.language;
