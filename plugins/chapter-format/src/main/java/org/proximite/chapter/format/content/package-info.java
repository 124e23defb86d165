/**
 * A chapter's files, read and checked: the YAML and Markdown laid out as
 * {@link org.proximite.chapter.api.ChapterLayout} says, read into the chapter SDK's records, then
 * checked for what readers must never see (missing texts, broken references, garbled or
 * active text) before anything of the chapter is imported.
 */
package org.proximite.chapter.format.content;
