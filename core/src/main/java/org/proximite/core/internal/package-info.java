/**
 * The core's internals, shared between its feature packages but not part of its API: query
 * conditions and other jOOQ pieces that must not reach the UI.
 */
package org.proximite.core.internal;
