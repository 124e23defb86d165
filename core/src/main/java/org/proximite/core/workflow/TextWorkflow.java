package org.proximite.core.workflow;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_TRANSITION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.content.ItemRef;
import org.proximite.core.content.LanguageText;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.StaleEditException;
import org.springframework.stereotype.Service;

/**
 * Moves each language's text of an item through its workflow, on its own: publishing the French
 * text leaves the English draft alone, and a published text stays what readers see while its
 * next draft is written and reviewed. Every move checks who acts, the text's state and the
 * version the person saw, and is recorded (with the reviewer's comment) and sent to the outbox.
 */
@Service
public class TextWorkflow {

    /** The longest review comment kept. */
    public static final int COMMENT_LIMIT = 2000;

    private final DSLContext dsl;
    private final ContentWriter writer;

    public TextWorkflow(DSLContext dsl, ContentWriter writer) {
        this.dsl = dsl;
        this.writer = writer;
    }

    /** One text to move: an item's language, at the version the person saw. */
    public record TextAt(ItemKind kind, String slug, String language, int version) {}

    /**
     * Moves one text and returns it as it is now.
     *
     * @throws NotAllowedException when the actor may not make this move on this text
     * @throws WorkflowRefusedException when the text's state does not allow it, or a needed comment is missing
     * @throws StaleEditException when the text changed since {@code text.version()}
     * @throws ContentNotFoundException when the item or its text in that language does not exist
     */
    public LanguageText move(TextAt text, Transition transition, String comment, Actor actor) {
        String cleanComment = cleaned(comment);
        if (transition.needsComment() && cleanComment == null) {
            throw new WorkflowRefusedException("workflow.commentRequired", transition.name());
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ItemRef ref = ref(tx, text.kind(), text.slug());
            moveIn(tx, ref, text, transition, cleanComment, actor);
            return ContentTexts.one(tx, ref.id(), text.language());
        });
    }

    /** What became of one text of a bulk move: done, or refused with a message code and its parameters. */
    public record Outcome(TextAt text, boolean done, String code, List<String> arguments) {}

    /**
     * Moves several texts (a bulk action of the content overview): each is checked and moved on its
     * own, so that one refused text does not hold back the others; each outcome says what happened.
     */
    public List<Outcome> moveAll(List<TextAt> texts, Transition transition, String comment, Actor actor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (TextAt text : texts) {
            try {
                move(text, transition, comment, actor);
                outcomes.add(new Outcome(text, true, null, List.of()));
            } catch (NotAllowedException e) {
                outcomes.add(new Outcome(text, false, e.code(), e.arguments()));
            } catch (WorkflowRefusedException e) {
                outcomes.add(new Outcome(text, false, e.code(), e.arguments()));
            } catch (StaleEditException e) {
                outcomes.add(new Outcome(text, false, "workflow.stale", List.of(text.slug())));
            } catch (ContentNotFoundException e) {
                outcomes.add(new Outcome(text, false, "workflow.noText", List.of(text.slug(), text.language())));
            }
        }
        return outcomes;
    }

    private void moveIn(DSLContext tx, ItemRef ref, TextAt text, Transition transition, String comment, Actor actor) {
        transition.require(actor, ref.chapterId(), text.language());
        LanguageText stored = ContentTexts.one(tx, ref.id(), text.language());
        if (stored == null) {
            throw new ContentNotFoundException(text.kind().name().toLowerCase(java.util.Locale.ROOT), text.slug() + "/" + text.language());
        }
        if (stored.version() != text.version()) {
            throw new StaleEditException(text.slug());
        }
        if (!transition.startsFrom(stored.state())) {
            throw new WorkflowRefusedException("workflow.notFrom", transition.name(), stored.state().name());
        }
        writer.moveText(tx, actor, ref, text.language(), stored.version(), stored.state(), transition.to(),
                ContentWriter.moveKind(stored.state(), transition.to()), comment);
    }

    /** A recorded move of a text, newest first in {@link #history}. */
    public record Move(int version, String from, String to, String comment, OffsetDateTime at, String actor) {}

    /** The moves of one language's text, newest first: who sent it to review, who returned it and why, who published it. */
    public List<Move> history(ItemKind kind, String slug, String language) {
        ItemRef ref = ref(dsl, kind, slug);
        return dsl.selectFrom(CONTENT_TRANSITION)
                .where(CONTENT_TRANSITION.ITEM_ID.eq(ref.id()))
                .and(CONTENT_TRANSITION.LANGUAGE_CODE.eq(language))
                .orderBy(CONTENT_TRANSITION.ID.desc())
                .fetch(row -> new Move(row.getVersion(), row.getFromState(), row.getToState(), row.getComment(), row.getOccurredAt(), row.getActor()));
    }

    static ItemRef ref(DSLContext context, ItemKind kind, String slug) {
        var item = context.selectFrom(CONTENT_ITEM)
                .where(CONTENT_ITEM.KIND.eq(kind.name())).and(CONTENT_ITEM.SLUG.eq(slug))
                .fetchOne();
        if (item == null) {
            throw new ContentNotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), slug);
        }
        return new ItemRef(item.getId(), kind, item.getSlug(), item.getChapterId(), item.getDefaultLanguage());
    }

    /** The comment without surrounding blanks or control characters; null when empty; refused beyond the limit. */
    private static String cleaned(String comment) {
        if (comment == null) {
            return null;
        }
        String clean = comment.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > COMMENT_LIMIT) {
            throw new WorkflowRefusedException("workflow.commentTooLong", String.valueOf(COMMENT_LIMIT));
        }
        return clean;
    }
}
