package org.proximite.core.workflow;

import java.util.Set;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.TextState;

/**
 * A move of one language's text from one state to another, and who may make it: the text's
 * writers (country editors of its chapter, translators of its language, coordinators) send it to
 * review and take it back to work; reviewers and coordinators publish, return and archive.
 */
public enum Transition {
    /** A writer asks for review. */
    SUBMIT(Set.of(TextState.DRAFT), TextState.IN_REVIEW, false, false),
    /** A reviewer sends the text back to its writers; the comment says why. */
    RETURN(Set.of(TextState.IN_REVIEW), TextState.DRAFT, true, true),
    /** A reviewer makes this version the one readers see. */
    PUBLISH(Set.of(TextState.DRAFT, TextState.IN_REVIEW), TextState.PUBLISHED, true, false),
    /** A reviewer withdraws the text from readers. */
    ARCHIVE(Set.of(TextState.DRAFT, TextState.IN_REVIEW, TextState.PUBLISHED), TextState.ARCHIVED, true, false),
    /** A writer takes an archived text back to work (readers still see nothing until it is published). */
    REOPEN(Set.of(TextState.ARCHIVED), TextState.DRAFT, false, false);

    private final Set<TextState> from;
    private final TextState to;
    private final boolean byReviewers;
    private final boolean needsComment;

    Transition(Set<TextState> from, TextState to, boolean byReviewers, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.byReviewers = byReviewers;
        this.needsComment = needsComment;
    }

    public TextState to() {
        return to;
    }

    public boolean startsFrom(TextState state) {
        return from.contains(state);
    }

    public boolean needsComment() {
        return needsComment;
    }

    /** Whether the actor may make this move on this chapter's text in this language. */
    public boolean allows(Actor actor, String chapterId, String language) {
        return byReviewers ? actor.mayReview(chapterId, language) : actor.mayEditText(chapterId, language);
    }

    /** @throws org.proximite.core.actor.NotAllowedException when the actor may not make this move */
    void require(Actor actor, String chapterId, String language) {
        if (byReviewers) {
            actor.requireReview(chapterId, language);
        } else {
            actor.requireEditingText(chapterId, language);
        }
    }

    /** The moves the actor may make from this state, in the order a toolbar shows them. */
    public static java.util.List<Transition> available(Actor actor, String chapterId, String language, TextState state) {
        return java.util.Arrays.stream(values())
                .filter(transition -> transition.startsFrom(state) && transition.allows(actor, chapterId, language))
                .toList();
    }
}
