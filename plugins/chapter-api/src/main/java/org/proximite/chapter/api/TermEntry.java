package org.proximite.chapter.api;

import java.util.Map;

/** A country's word for a concept (its name for a local security council, say), per language. */
public record TermEntry(String key, Map<String, String> label, Map<String, String> note) {}
