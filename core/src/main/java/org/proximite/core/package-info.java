/**
 * The domain of Proximité: practices, initiatives, themes and chapters, read and written with
 * jOOQ over the schema of the {@code db} module. No UI here: the web module calls these services.
 * Import {@link org.proximite.core.CoreConfiguration} to get them all.
 */
package org.proximite.core;
