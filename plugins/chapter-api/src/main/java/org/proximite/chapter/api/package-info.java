/**
 * The chapter SDK: what a chapter brings to Proximité and in which form.
 *
 * <p>A chapter is a PF4J plugin jar. Most chapters are content only: YAML and Markdown files laid
 * out as {@link org.proximite.chapter.api.ChapterLayout} describes, read by the host into the
 * records of this package. Nothing here depends on Spring, jOOQ or Vaadin, so that a chapter
 * compiles against this module alone.
 */
package org.proximite.chapter.api;
