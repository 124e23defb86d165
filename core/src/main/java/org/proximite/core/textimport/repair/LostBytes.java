package org.proximite.core.textimport.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The likely reading of sequences whose other bytes were lost on the way (read with a code page
 * that has no character for them, then dropped): only the first character of the sequence is
 * left, and what it stood for is told by where it stands. Each guess is written for the spot it
 * fits and no other; every repair made here is marked as guessed.
 */
final class LostBytes {

    /** One guess: what a lone lead character stands for when this pattern finds it, in which languages. */
    private record Guess(Pattern pattern, String replacement, Predicate<String> languages) {}

    private static final Predicate<String> ANY = language -> true;
    private static final Predicate<String> ENGLISH = "en"::equals;
    private static final Predicate<String> NOT_PORTUGUESE = language -> !"pt".equals(language);

    private static final String VOWEL_OR_H = "[aeiouyhàâäéèêëîïôöùûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]";

    private static final List<Guess> GUESSES = List.of(
            // â€ whose third byte (0x9D, undefined in Windows-1252) was dropped: a closing double quote.
            new Guess(Pattern.compile("â€(?![\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])"), "”", ANY),
            // French elision: l’occasion, d’un, qu’elles, jusqu’à (â is never followed by a vowel in French words).
            new Guess(Pattern.compile("(?<!\\p{L})(?:[lLdDjJmMnNsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu)(â)(?="
                    + VOWEL_OR_H + ")"), "’", ANY),
            // English contractions: project’s, don’t, we’re, they’ve, I’m, you’ll, she’d.
            new Guess(Pattern.compile("(?<=\\p{L})(â)(?=(?:s|t|re|ve|ll|d|m)(?!\\p{L}))"), "’", ENGLISH),
            // Between spaces: a dash.
            new Guess(Pattern.compile("(?<= )(â)(?= )"), "–", ANY),
            // Ã or Ă between small letters: í, whose second byte (a soft hyphen) was dropped: SolĂs.
            new Guess(Pattern.compile("(?<=\\p{Ll})([ÃĂ])(?=\\p{Ll})"), "í", ANY),
            // Ã or Ă alone before a small word: à, whose no-break space became a space or was dropped.
            new Guess(Pattern.compile("(?<![\\p{L}\\p{N}])([ÃĂ] ?)(?= \\p{Ll})"), "à", ANY),
            // Ã or Ă starting a word in small letters: a capital whose second byte (0x80–0x9F) was
            // dropped, most often É (État, École, Été).
            new Guess(Pattern.compile("(?<!\\p{L})([ÃĂ])(?=\\p{Ll})"), "É", ANY),
            // Å, Ĺ or Ć before u or i: œ, whose second byte (0x93) was dropped: Ćuvre, cĹur.
            new Guess(Pattern.compile("([ÅĆĹ])(?=[ui])"), "œ", NOT_PORTUGUESE),
            new Guess(Pattern.compile("([ÅĆĹ])(?=[UI])"), "Œ", NOT_PORTUGUESE),
            // Â alone before a space: what is left of a no-break space.
            new Guess(Pattern.compile("(?<!\\p{L})(Â)(?=\\s)"), "", ANY));

    /** Opening and closing double quotes reduced to â, in English text. */
    private static final Pattern OPENING_QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}])â(?=[\\p{L}\\p{N}])");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("(?<=[\\p{L}\\p{N}.,!?])â(?![\\p{L}\\p{N}])");

    private LostBytes() {}

    /** The guesses for this text in this language (null: not known), in order, not overlapping. */
    static List<EditedText.Edit> edits(String text, String language) {
        List<EditedText.Edit> found = new ArrayList<>();
        for (Guess guess : GUESSES) {
            if (!guess.languages().test(language)) {
                continue;
            }
            Matcher matcher = guess.pattern().matcher(text);
            while (matcher.find()) {
                int group = matcher.groupCount() > 0 ? 1 : 0;
                found.add(new EditedText.Edit(matcher.start(group), matcher.end(group), guess.replacement(), true));
            }
        }
        if (ENGLISH.test(language)) {
            quotes(text, found);
        }
        found.sort(Comparator.comparingInt(EditedText.Edit::start));
        List<EditedText.Edit> kept = new ArrayList<>();
        int end = 0;
        for (EditedText.Edit edit : found) {
            if (edit.start() >= end) {
                kept.add(edit);
                end = edit.end();
            }
        }
        return kept;
    }

    private static void quotes(String text, List<EditedText.Edit> found) {
        Matcher opening = OPENING_QUOTE.matcher(text);
        int from = 0;
        while (opening.find(from)) {
            Matcher closing = CLOSING_QUOTE.matcher(text);
            if (!closing.find(opening.end())) {
                return;
            }
            found.add(new EditedText.Edit(opening.start(), opening.end(), "“", true));
            found.add(new EditedText.Edit(closing.start(), closing.end(), "”", true));
            from = closing.end();
            if (from >= text.length()) {
                return;
            }
        }
    }
}
