package org.proximite.chapter.api;

/**
 * An organisation taking part in projects or initiatives.
 *
 * @param kind one of {@code government}, {@code police}, {@code ngo}, {@code association},
 *     {@code international-ngo}, {@code funder}, {@code academic}, {@code other}
 */
public record OrganisationEntry(String slug, String name, String kind, String countryCode, String website) {}
