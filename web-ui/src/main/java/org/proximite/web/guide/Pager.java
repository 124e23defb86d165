package org.proximite.web.guide;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Previous and next links of a list, keeping its filters.
 *
 * @param page from 0
 * @param pages how many pages the list has
 */
public record Pager(int page, int pages, String previous, String next) {

    static Pager of(String address, int page, int size, long total) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(page, pages, page > 0 ? at(address, page - 1) : null, page + 1 < pages ? at(address, page + 1) : null);
    }

    private static String at(String address, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(address);
        return page == 0 ? builder.replaceQueryParam("page").build().toUriString() : builder.replaceQueryParam("page", page + 1).build().toUriString();
    }

    /** The number shown to readers, from 1. */
    public int number() {
        return page + 1;
    }

    /** The page a reader asked for ({@code ?page=2} is the second), 0 for anything unreadable. */
    static int parse(String page) {
        try {
            return page == null ? 0 : Math.clamp(Integer.parseInt(page) - 1, 0, 10_000);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
