/**
 * Chapters in the running application: installing the shipped ones and loading the plugins
 * folder at start, and the admins' page that lists chapters and their history.
 */
package org.proximite.web.chapter;
