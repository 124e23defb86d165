/** Themes: a hierarchy of subjects that practices are filed under, labelled per language. */
package org.proximite.core.theme;
