package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.SourceEntry;
import org.proximite.chapter.format.content.ChapterContentValidator;
import org.proximite.core.testing.TestChapterJars;

/**
 * What every chapter shipped with Proximité must keep, read from the jars this build made: a rating
 * above practice-based rests on a source, a published initiative's dates, place and counts rest on
 * one, no sentence is pasted into every practice, and every citation [n] points to a reference.
 */
class ShippedChaptersEvidenceIT {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    /** A plain space before ; : ! ? or », after «, or two non-breaking spaces in a row. */
    private static final Pattern MISPLACED_SPACE = Pattern.compile(" [;:!?»]|« |«(?=[^\\s\u00a0])|(?<=[^\\s\u00a0])»|\u00a0\u00a0");

    static Stream<Path> shipped() {
        return Stream.of(TestChapterJars.guinea(), TestChapterJars.guineaBissau());
    }

    private static ChapterContent read(Path jar) throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            return ChapterFormatAccess.readContent(zip.getPath("/"));
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyOutcomeAbovePracticeBasedHasASource(Path jar) throws Exception {
        for (PracticeEntry practice : read(jar).practices()) {
            practice.outcomes().stream().filter(outcome -> outcome.level() != EvidenceLevel.PRACTICE_BASED)
                    .forEach(outcome -> assertThat(outcome.sources()).as(practice.slug() + " " + outcome.outcome()).isNotEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void noPublishedInitiativeStatesADatePlaceOrCountWithoutASource(Path jar) throws Exception {
        ChapterContent content = read(jar);
        assertThat(new ChapterContentValidator().warnings(content)).extracting(Object::toString).isEmpty();
        content.initiatives().stream()
                .filter(initiative -> initiative.status() == ContentStatus.PUBLISHED)
                .filter(initiative -> initiative.startDate() != null || initiative.year() != null)
                .forEach(initiative -> assertThat(initiative.sources()).as(initiative.slug()).isNotEmpty());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void noSentenceIsRepeatedInEveryPractice(Path jar) throws Exception {
        List<PracticeEntry> practices = read(jar).practices();
        if (practices.size() < 2) {
            return;
        }
        Set<String> languages = new HashSet<>();
        practices.forEach(practice -> languages.addAll(practice.texts().keySet()));
        for (String language : languages) {
            Set<String> inEvery = null;
            for (PracticeEntry practice : practices) {
                Set<String> sentences = sentences(practice.texts().get(language));
                if (inEvery == null) {
                    inEvery = sentences;
                } else {
                    inEvery.retainAll(sentences);
                }
            }
            assertThat(inEvery).as("sentences in every practice, in " + language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyCitationPointsToAReferenceOfItsItem(Path jar) throws Exception {
        ChapterContent content = read(jar);
        for (PracticeEntry practice : content.practices()) {
            Set<String> keys = new LinkedHashSet<>(practice.sources());
            practice.outcomes().forEach(outcome -> keys.addAll(outcome.sources()));
            practice.texts().values().forEach(text -> assertCitations(practice.slug(), text.toString(), keys.size()));
        }
        content.initiatives().forEach(initiative -> initiative.texts().values()
                .forEach(text -> assertCitations(initiative.slug(), text.toString(), initiative.sources().size())));
        content.contextPages().forEach(page -> page.texts().values()
                .forEach(text -> assertCitations(page.slug(), text.body(), page.sources().size())));
        Set<String> declared = new HashSet<>(content.sources().stream().map(SourceEntry::key).toList());
        assertThat(declared).hasSameSizeAs(content.sources());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void frenchTextsHaveNonBreakingSpacesBeforeDoublePunctuationAndInsideGuillemets(Path jar) throws Exception {
        ChapterContent content = read(jar);
        List<String> french = new java.util.ArrayList<>();
        content.practices().forEach(practice -> french.add(String.valueOf(practice.texts().get("fr"))));
        content.initiatives().forEach(initiative -> french.add(String.valueOf(initiative.texts().get("fr"))));
        content.contextPages().forEach(page -> french.add(String.valueOf(page.texts().get("fr"))));
        for (String text : french) {
            assertThat(MISPLACED_SPACE.matcher(text).find()).as(text.substring(0, Math.min(80, text.length()))).isFalse();
        }
    }

    private static void assertCitations(String item, String text, int references) {
        if (text == null) {
            return;
        }
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            assertThat(Integer.parseInt(matcher.group(1))).as(item + " cites " + matcher.group()).isBetween(1, references);
        }
    }

    /** The sentences of every field of a practice's text, of three words or more, whitespace made single. */
    private static Set<String> sentences(Record text) {
        Set<String> sentences = new HashSet<>();
        if (text == null) {
            return sentences;
        }
        for (var component : text.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(text);
                if (value instanceof String field) {
                    for (String sentence : field.split("(?<=[.!?])\\s+")) {
                        String normalised = sentence.replaceAll("\\s+", " ").strip();
                        if (normalised.split(" ").length >= 3) { // a list's "1." is no sentence
                            sentences.add(normalised);
                        }
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return sentences;
    }

}
