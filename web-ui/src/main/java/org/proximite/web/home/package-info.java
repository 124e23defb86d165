/** The home page, where every reader arrives. */
package org.proximite.web.home;
