/**
 * XLIFF in the workspace: the content overview's export of the chosen items for a translator's
 * tool, and the import of the translated file back, with its report per item and field in the
 * person's language. The core reads, checks and writes; these components only say what it did.
 */
package org.proximite.web.xliff;
