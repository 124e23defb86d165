/**
 * The application's start as an operator sees it: the settings checked before anything is created,
 * each wrong one told in one message that names it; and the "starting" answer that readers and
 * reverse proxies get until the database schema and the chapters imported at start are in place.
 */
package org.proximite.web.startup;
