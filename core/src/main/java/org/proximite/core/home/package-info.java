/** What the home page shows: chapters, themes, and what changed recently. */
package org.proximite.core.home;
