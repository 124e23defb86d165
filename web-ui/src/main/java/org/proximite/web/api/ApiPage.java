package org.proximite.web.api;

import java.util.List;
import java.util.function.Function;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page of a list, as the API answers it.
 *
 * @param page from 0
 * @param total how many items the whole list has
 */
record ApiPage<T>(List<T> items, int page, int size, long total) {

    static final int DEFAULT_SIZE = 50;

    static <C, T> ApiPage<T> of(Page<C> page, Function<C, T> mapper) {
        return new ApiPage<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }

    /** The page asked for by the {@code page} and {@code size} parameters, with a clear error when they are wrong. */
    static PageRequest request(Integer page, Integer size) {
        int number = page == null ? 0 : page;
        int perPage = size == null ? DEFAULT_SIZE : size;
        if (number < 0 || perPage < 1 || perPage > PageRequest.MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + PageRequest.MAX_SIZE + " (got page=" + number + ", size=" + perPage + ")");
        }
        return new PageRequest(number, perPage);
    }
}
