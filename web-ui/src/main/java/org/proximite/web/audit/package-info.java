/**
 * The audit log for admins: readable sentences in the reader's language, a page with filters, a
 * CSV export and {@code GET /api/v1/admin/audit}. Nothing here edits or deletes an entry.
 */
package org.proximite.web.audit;
