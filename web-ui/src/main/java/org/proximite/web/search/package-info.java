/**
 * Search for signed-in people: the workspace's search page over the same index as the public
 * guide, the index's state, and its rebuild (admins), with its progress; and the search API.
 */
package org.proximite.web.search;
