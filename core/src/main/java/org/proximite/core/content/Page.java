package org.proximite.core.content;

import java.util.List;

/** One page of a list, with the total number of items the list has. */
public record Page<T>(List<T> items, int page, int size, long total) {}
