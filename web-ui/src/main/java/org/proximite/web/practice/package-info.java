/**
 * Practices: reusable ways of working in community policing. Their list with filters, their page
 * and their editor add to the shared item views only what practices have: the evidence level,
 * themes, resources, adaptations by other chapters and related practices.
 */
package org.proximite.web.practice;
