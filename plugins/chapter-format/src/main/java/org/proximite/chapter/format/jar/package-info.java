/**
 * A chapter jar as an archive, before its content is read: archive safety, the PF4J manifest,
 * the host versions it accepts, its fingerprint and its signature.
 */
package org.proximite.chapter.format.jar;
