package org.proximite.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A practice or an initiative whole, as tools read it to edit it and send it back: every
 * language with its fields and versions, the item's own fields and version, and its kind's. Sent
 * back, a part left out (null) is left as it is, and so is a language left out.
 *
 * @param version the version of the item's own fields (slug, default language, archived, themes, sources, the kind's fields)
 * @param evidenceLevel practices: practice-based, monitored, evaluated or established
 * @param outcomes practices: each outcome rated
 * @param facts initiatives: kind, place, dates
 * @param participants initiatives: counts by stakeholder group
 * @param practices initiatives: the slugs of the practices it applied
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemJson(String slug, Integer version, String chapter, String defaultLanguage, Boolean archived, List<String> themes,
        List<SourceJson> sources, String evidenceLevel, List<OutcomeJson> outcomes, FactsJson facts, Map<String, Integer> participants,
        List<String> practices, Map<String, TextJson> texts) {

    /**
     * One language's text.
     *
     * @param state DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED; sent back, null keeps the state it was read in
     * @param version the version read (0 or null for a language the tool adds)
     * @param publishedVersion the version readers see, null when none
     * @param sourceVersion for a translation, the version of the default language's text it was written from
     * @param outdatedFields the source's fields that changed since this translation was written
     * @param fields the text by field name (title, summary, body, …); a field left out is removed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TextJson(String state, Integer version, Integer publishedVersion, Integer sourceVersion, List<String> outdatedFields,
            OffsetDateTime updatedAt, String updatedBy, Map<String, String> fields) {}

    /** One numbered reference, in order: its number is its place, from 1. */
    record SourceJson(String title, String author, @Schema(description = "2019, 2019-12 or 2019-12-02") String date, String url,
            LocalDate consulted, String language, String note) {}

    /** One outcome of a practice; {@code sources} are the numbers of the references that support it. */
    record OutcomeJson(String outcome, String direction, String evidenceLevel, List<Integer> sources) {}

    /** What only initiatives have. */
    record FactsJson(String kind, String country, String locality, LocalDate startDate, LocalDate endDate, Integer year, Boolean planned,
            Integer participantsTotal) {}
}
