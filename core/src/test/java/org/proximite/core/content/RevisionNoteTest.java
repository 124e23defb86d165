package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RevisionNoteTest {

    /** The English message of an imported text's note, as the bundle has it. */
    private static final String IMPORTED_EN = "Imported from the web: {0,choice,0#no paragraph|1#1 paragraph|1<{0} paragraphs}, "
            + "{1,choice,0#none repaired|1#1 repaired ({2})|1<{1} repaired ({2})}, {3,choice,0#none edited by hand|1#1 edited by hand ({4})|1<{3} "
            + "edited by hand ({4})}, {5,choice,0#none refused|1#1 refused ({6})|1<{5} refused ({6})}";

    @Test
    void anImportsCountsAreNumbersAndItsListsOfParagraphsStayAsWrittenEvenOfOneLongNumber() {
        RevisionNote note = new RevisionNote(RevisionNote.IMPORTED, List.of("1500", "1", "1234", "2", "7, 1001", "0", ""));

        assertThat(note.arguments()).containsExactly(1500L, 1L, "1234", 2L, "7, 1001", 0L, "");
        assertThat(new MessageFormat(IMPORTED_EN, Locale.ENGLISH).format(note.arguments()))
                .isEqualTo("Imported from the web: 1,500 paragraphs, 1 repaired (1234), 2 edited by hand (7, 1001), none refused");
    }

    @Test
    void aNoteOfAKindThisVersionDoesNotKnowTakesEveryWholeNumberForACount() {
        assertThat(new RevisionNote("revision.note.future", List.of("3", "text", "12")).arguments()).containsExactly(3L, "text", 12L);
    }

    @Test
    void parametersSurviveTheirColumnOneALine() {
        RevisionNote note = new RevisionNote(RevisionNote.IMPORTED, List.of("2", "a\nb", ""));
        assertThat(RevisionNote.stored(note.code(), note.storedParameters())).isEqualTo(new RevisionNote(RevisionNote.IMPORTED, List.of("2", "a b", "")));
    }
}
