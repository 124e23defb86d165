/**
 * Initiatives: what happened, where, when, with whom, with what result, and which practices it
 * applied. Read per language with a visible fallback; written all languages at once.
 */
package org.proximite.core.initiative;
