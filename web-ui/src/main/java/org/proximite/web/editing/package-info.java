/**
 * What editors share: who may edit, and showing the core's field problems on the fields, in the
 * editor's language.
 */
package org.proximite.web.editing;
