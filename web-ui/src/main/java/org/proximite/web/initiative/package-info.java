/**
 * Initiatives: things that happened, somewhere, with people, applying practices. Their list, page
 * and editor add to the shared item views only what initiatives have: kind, place, dates,
 * participants and the practices applied.
 */
package org.proximite.web.initiative;
