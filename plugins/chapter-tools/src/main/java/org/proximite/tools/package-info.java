/** Command-line tools for chapter authors: a template to start from, and the server's checks. */
package org.proximite.tools;
