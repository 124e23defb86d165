/** Pages about practices: reusable ways of working in community policing, open to every reader. */
package org.proximite.web.practice;
