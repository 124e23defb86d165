/**
 * The workspace's import from the web, for editors: paste or upload, see each paragraph repaired
 * with its language (which the editor may change) and its repairs shown before and after, accept,
 * and land in the editor on the new draft.
 */
package org.proximite.web.textimport;
