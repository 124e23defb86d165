/**
 * The admins' page for exporting the whole instance as a bundle and importing one into an empty
 * instance, each with its progress. The work is the core's ({@code core.backup}); this page only
 * runs it off the request thread and shows how far it is.
 */
package org.proximite.web.backup;
