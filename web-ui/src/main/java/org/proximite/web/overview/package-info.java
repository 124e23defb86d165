/**
 * The content overview: every item against every content language, with each text's state, for
 * coordinators, reviewers, translators and country editors; bulk moves of the texts chosen.
 */
package org.proximite.web.overview;
