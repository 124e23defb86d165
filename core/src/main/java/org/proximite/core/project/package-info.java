/** Projects: who funded and implemented the work a chapter reports, when, and to what end. */
package org.proximite.core.project;
