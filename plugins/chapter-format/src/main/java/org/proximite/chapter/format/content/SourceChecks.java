package org.proximite.chapter.format.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.ContextPageEntry;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.SourceEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.SourceRules;
import org.proximite.chapter.format.TextField;
import org.proximite.chapter.format.content.References.Referent;

/**
 * The checks that keep a chapter's evidence checkable: its sources well formed (a web address, a
 * date that is not in the future), every reference to a source pointing to one, and every outcome
 * rated above practice-based backed by a source. A chapter's practice level is the summary of its
 * outcomes' levels, never higher.
 */
final class SourceChecks {

    static final int NOTE_LENGTH = 1000;

    private final TextRules texts;
    private final References references;
    private final List<ChapterProblem> problems;
    private final LocalDate today;

    SourceChecks(TextRules texts, References references, List<ChapterProblem> problems, LocalDate today) {
        this.texts = texts;
        this.references = references;
        this.problems = problems;
        this.today = today;
    }

    /** Checks the declared sources and returns their keys. */
    Set<String> sources(List<SourceEntry> sources) {
        Set<String> keys = new HashSet<>();
        String file = ChapterLayout.SOURCES;
        for (int i = 0; i < sources.size(); i++) {
            SourceEntry source = sources.get(i);
            String field = "sources[" + i + "]";
            references.unique(file, field + ".key", source.key(), keys);
            texts.plain(file, field + ".title", source.title(), TextField.TITLE_LENGTH * 2);
            texts.plain(file, field + ".author", source.author(), TextField.TITLE_LENGTH);
            texts.plain(file, field + ".note", source.note(), NOTE_LENGTH);
            references.url(file, field + ".url", source.url());
            LocalDate published = date(file, field + ".date", source.date());
            if (source.consulted() != null) {
                if (source.consulted().isAfter(today)) {
                    problem(file, field + ".consulted", "content.date.future", source.consulted().toString());
                } else if (published != null && source.consulted().isBefore(published)) {
                    problem(file, field + ".consulted", "content.source.consulted.before-date");
                }
                if (source.url() == null) {
                    problem(file, field + ".consulted", "content.source.consulted.without-url");
                }
            }
            if (source.language() != null && !LanguageTags.isDeclarable(source.language())) {
                problem(file, field + ".language", "content.language.malformed", source.language());
            }
        }
        return keys;
    }

    void practice(String file, PracticeEntry practice, Set<String> sources) {
        references.exist(file, "sources", practice.sources(), sources, Referent.SOURCE);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < practice.outcomes().size(); i++) {
            OutcomeEntry outcome = practice.outcomes().get(i);
            String field = "outcomes[" + i + "]";
            references.exists(file, field + ".outcome", outcome.outcome(), OutcomeEntry.OUTCOMES, Referent.OUTCOME);
            if (outcome.outcome() != null && !seen.add(outcome.outcome())) {
                problem(file, field + ".outcome", "content.outcome.twice", outcome.outcome());
            }
            references.exist(file, field + ".sources", outcome.sources(), sources, Referent.SOURCE);
            if (outcome.level() != null && outcome.level() != EvidenceLevel.PRACTICE_BASED && outcome.sources().isEmpty()) {
                problem(file, field + ".sources", "content.outcome.source.missing", outcome.level().code());
            }
        }
        summary(practice).ifPresent(summary -> {
            if (practice.evidenceLevel() != null && practice.evidenceLevel() != summary) {
                problem(file, "evidenceLevel", "content.evidence-level.not-summary", practice.evidenceLevel().code(), summary.code());
            }
        });
    }

    /** The practice's level as its outcomes give it: the highest of theirs. */
    static java.util.Optional<EvidenceLevel> summary(PracticeEntry practice) {
        return practice.outcomes().stream().map(OutcomeEntry::level).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
    }

    void initiative(String file, InitiativeEntry initiative, Set<String> sources) {
        references.exist(file, "sources", initiative.sources(), sources, Referent.SOURCE);
    }

    void contextPage(ContextPageEntry page, Set<String> sources) {
        references.exist(ChapterLayout.CONTEXT + page.slug() + ".yaml", "sources", page.sources(), sources, Referent.SOURCE);
    }

    /**
     * What an editor should look at before publishing, without refusing the chapter: a published
     * initiative's dates, place and participant counts with no source to check them against.
     */
    static List<ChapterProblem> warnings(ChapterContent content) {
        List<ChapterProblem> warnings = new java.util.ArrayList<>();
        for (InitiativeEntry initiative : content.initiatives()) {
            if (!initiative.sources().isEmpty() || initiative.status() != ContentStatus.PUBLISHED) {
                continue;
            }
            String file = ChapterLayout.INITIATIVES + initiative.slug() + ".yaml";
            if (initiative.startDate() != null) {
                warnings.add(ChapterProblem.of(file, "startDate", "content.initiative.fact.unsourced"));
            }
            if (initiative.endDate() != null) {
                warnings.add(ChapterProblem.of(file, "endDate", "content.initiative.fact.unsourced"));
            }
            if (initiative.year() != null) {
                warnings.add(ChapterProblem.of(file, "year", "content.initiative.fact.unsourced"));
            }
            if (initiative.locality() != null) {
                warnings.add(ChapterProblem.of(file, "locality", "content.initiative.fact.unsourced"));
            }
            if (initiative.participantsTotal() != null || !initiative.participantsByGroup().isEmpty()) {
                warnings.add(ChapterProblem.of(file, "participants", "content.initiative.fact.unsourced"));
            }
        }
        return warnings;
    }

    /** A publication date of a year, a month or a day, real and not in the future; null when it is none. */
    private LocalDate date(String file, String field, String date) {
        if (date == null) {
            return null;
        }
        LocalDate first = SourceRules.firstDay(date).orElse(null);
        if (first == null) {
            problem(file, field, "content.source.date.malformed", date);
        } else if (first.isAfter(today)) {
            problem(file, field, "content.date.future", date);
            return null;
        }
        return first;
    }

    private void problem(String file, String field, String code, Object... arguments) {
        problems.add(ChapterProblem.of(file, field, code, arguments));
    }
}
