/**
 * The REST API under {@code /api}: reading endpoints ({@code GET /api/v1/**}) are public, others
 * need an editor's HTTP Basic credentials. Described at {@code /v3/api-docs} and {@code /swagger-ui.html}.
 */
package org.proximite.web.api;
