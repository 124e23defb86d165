package org.proximite.chapter.format.content;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.SourceRules;
import org.proximite.chapter.format.text.DidYouMean;

/**
 * Identities and references in a chapter: slugs well formed and used once, references that point
 * to something, with the closest known slug when the author probably mistyped it; countries and
 * web addresses well formed.
 */
final class References {

    /** What a reference points to, with the reason codes for a dangling one, and for one close to a known slug. */
    enum Referent {
        THEME("content.reference.theme", "content.reference.theme.close"),
        PRACTICE("content.reference.practice", "content.reference.practice.close"),
        ORGANISATION("content.reference.organisation", "content.reference.organisation.close"),
        DEPENDENCY_PRACTICE("content.adaptation.practice.unknown", "content.adaptation.practice.unknown.close"),
        STAKEHOLDER_GROUP("content.participants.group.unknown", "content.participants.group.unknown.close"),
        ORGANISATION_KIND("content.organisation.kind.unknown", "content.organisation.kind.unknown.close"),
        SOURCE("content.reference.source", "content.reference.source.close"),
        OUTCOME("content.outcome.unknown", "content.outcome.unknown.close");

        private final String unknown;
        private final String close;

        Referent(String unknown, String close) {
            this.unknown = unknown;
            this.close = close;
        }
    }

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<ChapterProblem> problems;

    References(List<ChapterProblem> problems) {
        this.problems = problems;
    }

    void slug(String file, String field, String slug) {
        if (slug != null && !ChapterLayout.isValidSlug(slug)) {
            problem(file, field, "content.slug.malformed", slug, ChapterLayout.SLUG_MAX_LENGTH);
        }
    }

    void unique(String file, String field, String slug, Set<String> seen) {
        slug(file, field, slug);
        if (slug != null && !seen.add(slug)) {
            problem(file, field, "content.slug.twice", slug);
        }
    }

    /** Each of the slugs must be one of the known ones. */
    void exist(String file, String field, Collection<String> slugs, Set<String> known, Referent referent) {
        for (String slug : slugs) {
            exists(file, field, slug, known, referent);
        }
    }

    void exists(String file, String field, String slug, Set<String> known, Referent referent) {
        if (slug != null && !known.contains(slug)) {
            DidYouMean.among(slug, known).ifPresentOrElse(
                    close -> problem(file, field, referent.close, slug, close),
                    () -> problem(file, field, referent.unknown, slug, String.join(", ", known.stream().sorted().limit(20).toList())));
        }
    }

    void country(String file, String field, String code) {
        if (code != null && (!COUNTRY.matcher(code).matches() || !ISO_COUNTRIES.contains(code))) {
            problem(file, field, "content.country.unknown", code);
        }
    }

    void url(String file, String field, String url) {
        if (url != null && !SourceRules.isWebAddress(url)) {
            problem(file, field, "content.url.malformed");
        }
    }

    private void problem(String file, String field, String code, Object... arguments) {
        problems.add(ChapterProblem.of(file, field, code, arguments));
    }
}
