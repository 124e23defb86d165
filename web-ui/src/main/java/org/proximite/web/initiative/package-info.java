/** Pages about initiatives: things that happened, somewhere, and applied practices; open to every reader. */
package org.proximite.web.initiative;
