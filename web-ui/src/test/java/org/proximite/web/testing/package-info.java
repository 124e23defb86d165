/**
 * Shared test fixtures for the web module: the browser-less Vaadin set-up on Spring and the
 * system Chromium for browser tests.
 */
package org.proximite.web.testing;
