/**
 * Search over published content in every language: an in-process Lucene index per instance, one
 * document per practice or initiative with a field per language, analysed the way that language
 * is written (accents folded, words stemmed), with facets and highlighted snippets.
 * {@link org.proximite.core.search.SearchIndex} builds it from the database at start, follows the
 * outbox (so it sees what any instance changed) and can be rebuilt while it answers.
 */
package org.proximite.core.search;
