package org.proximite.core.edition;

/**
 * A moment of reading an edition's snapshot, for tests that pause the read there and change the
 * content from another transaction. The application runs with {@link #NONE}.
 */
@FunctionalInterface
interface SnapshotCheckpoint {

    SnapshotCheckpoint NONE = language -> { };

    /** Called once the snapshot of {@code language} is read, before the next language's. */
    void languageRead(String language);
}
