/**
 * Reading what a person gives the import: bytes checked and decoded (size, binary, encoding), HTML
 * turned into Markdown (scripts and styles dropped, only web and mail links kept), and text cut
 * into paragraphs. A refusal is an {@link org.proximite.core.textimport.reading.ImportRefusedException}
 * with a message code. No Spring, no database.
 */
package org.proximite.core.textimport.reading;
