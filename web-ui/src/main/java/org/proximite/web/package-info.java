/**
 * The Proximité web application: its entry point and installation settings. Features live in
 * sub-packages (shell, security, i18n, one per kind of page); the domain comes from
 * {@code org.proximite.core}, which must never depend on anything here.
 */
package org.proximite.web;
