package org.proximite.chapter.api;

/**
 * How exports of the chapter look.
 *
 * @param colour a colour written {@code #RRGGBB}
 * @param logo the path of an SVG or PNG logo inside the jar, or null
 */
public record BrandingEntry(String colour, String logo) {}
