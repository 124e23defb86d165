/**
 * Running chapters on one instance: its plugins folder and its PF4J, kept equal to what the
 * database records. The start-up pass restores missing jars and sets aside those the database does
 * not know; the follower reconciles the chapters that each change names, whichever instance made
 * it; extensions of started code chapters run with a time limit, and a chapter that fails is
 * marked failed for every instance. Nothing here installs or removes a chapter: that is
 * {@code installing}'s job, and this package never depends on it.
 */
package org.proximite.core.chapter.running;
