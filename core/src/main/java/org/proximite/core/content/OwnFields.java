package org.proximite.core.content;

import org.jooq.DSLContext;

/**
 * What a kind adds to an item in a save (a practice's evidence level and outcomes, an
 * initiative's facts, participants and practices): whether the editor changed it, whether
 * someone else did since the editor loaded the item, and how to write it.
 */
public interface OwnFields {

    /** The name a conflict on these fields carries, for example {@code evidence} or {@code facts}. */
    String name();

    /** Whether the editor changed them. */
    boolean changed();

    /**
     * Whether someone else changed them since the editor loaded the item: asked only when the
     * item's version moved meanwhile and these fields are written, inside the save's transaction.
     */
    boolean changedByOthers(DSLContext tx, long itemId);

    /** Writes them: when the item is created, when the editor changed them, or changed the sources they cite. */
    void write(ItemRef ref);

    /** For a save of an existing item's texts alone (a translator's file): the kind's own fields are neither changed nor written. */
    OwnFields NONE = new OwnFields() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public boolean changed() {
            return false;
        }

        @Override
        public boolean changedByOthers(DSLContext tx, long itemId) {
            return false;
        }

        @Override
        public void write(ItemRef ref) {
            // nothing of the kind's own is saved with texts alone
        }
    };
}
