/**
 * Several instances behind a reverse proxy, on one PostgreSQL database: what an instance does so
 * that the proxy can keep an editor's Vaadin session on the instance that holds it.
 */
package org.proximite.web.instances;
