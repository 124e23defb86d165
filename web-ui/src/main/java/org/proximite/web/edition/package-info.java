/**
 * The guide as a document: the PDF and the offline copy of an edition, drawn from the same
 * templates as the guide's pages; the workspace's page that makes editions and lists them.
 */
package org.proximite.web.edition;
