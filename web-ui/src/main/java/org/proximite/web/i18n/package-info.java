/**
 * The interface language: French or English, chosen per session from a remembered cookie or the
 * browser, and switched live from the header. Texts come from Vaadin's default translation
 * provider, which reads {@code vaadin-i18n/translations_*.properties}.
 */
package org.proximite.web.i18n;
