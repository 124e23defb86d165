/**
 * Practices: reusable ways of working, with how to do them and what is known of their effect.
 * {@link org.proximite.core.practice.PracticeQueries} reads them for readers in one language with a
 * visible fallback; {@link org.proximite.core.practice.PracticeEditing} writes them, all languages
 * at once, with validation and optimistic locking.
 */
package org.proximite.core.practice;
