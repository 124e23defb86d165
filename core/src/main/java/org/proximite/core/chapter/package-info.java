/**
 * Chapters: country or partner adaptations shipped as PF4J plugin jars. This package reads a
 * chapter's content from its jar, checks it, imports it in one transaction, keeps a history of what
 * happened, and installs the chapters shipped with the application into a fresh data folder.
 */
package org.proximite.core.chapter;
