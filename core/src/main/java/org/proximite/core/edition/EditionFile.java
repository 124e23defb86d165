package org.proximite.core.edition;

/** One stored file of an edition: its language, format, size in bytes and SHA-256 (hex). */
public record EditionFile(String language, EditionFormat format, long size, String sha256) {}
