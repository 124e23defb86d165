package org.proximite.core.content;

/**
 * Which page of a list to read.
 *
 * @param page from 0
 * @param size items per page, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Everything up to the largest page, for lists that are small by nature. */
    public static PageRequest all() {
        return new PageRequest(0, MAX_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
