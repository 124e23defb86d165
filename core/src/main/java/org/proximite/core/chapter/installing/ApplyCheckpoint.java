package org.proximite.core.chapter.installing;

/**
 * Named moments of applying a plan, for tests that make an apply fail, or pause it, at an exact
 * point. The application runs with {@link #NONE}.
 */
@FunctionalInterface
public interface ApplyCheckpoint {

    ApplyCheckpoint NONE = step -> { };

    /** Called when the apply reaches {@code step}; an exception thrown here fails the apply at that point. */
    void reached(Step step) throws Exception;

    enum Step {
        /** Every row is written and the transaction is still open: a failure here leaves nothing. */
        IN_TRANSACTION,
        /** The transaction committed; this instance's folder and PF4J are not updated yet. */
        COMMITTED,
        /** The jar is in this instance's plugins folder; PF4J has not loaded it yet. */
        JAR_IN_FOLDER
    }
}
