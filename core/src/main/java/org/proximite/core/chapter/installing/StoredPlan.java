package org.proximite.core.chapter.installing;

import java.time.OffsetDateTime;
import org.proximite.chapter.format.jar.SignatureStatus;

/**
 * An install plan as the database keeps it until it is applied or expires: the uploaded jar and
 * how it was judged at upload.
 *
 * @param signature the jar's signature as judged against the publishers trusted at upload
 * @param appliedBy who applied it, null while it waits
 */
record StoredPlan(
        String id,
        String chapterId,
        String version,
        String sha256,
        String fileName,
        byte[] jar,
        SignatureStatus signature,
        State state,
        String preparedBy,
        OffsetDateTime expiresAt,
        String appliedBy) {

    enum State {
        PREPARED,
        APPLIED
    }
}
