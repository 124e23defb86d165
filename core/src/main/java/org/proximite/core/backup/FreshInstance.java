package org.proximite.core.backup;

import static org.proximite.db.jooq.Tables.EDITION;
import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.core.outbox.ChangeKind;

/**
 * Whether an instance may receive an import: no person changed anything in it yet. What the
 * application does by itself at a first start (the schema's reference data, the shipped chapters,
 * the chapters the operator lists) and accounts with their sign-ins do not count: an import
 * replaces them. Everything else a person does is in the outbox, and editions are counted too.
 */
final class FreshInstance {

    /** The names the application itself acts under (shipped chapters, chapter content, operator settings). */
    static final Set<String> SYSTEM_ACTORS = Set.of("system", "chapter", "operator");
    private static final List<String> ACCOUNT_KINDS = List.of(ChangeKind.USER_CREATED.name(), ChangeKind.USER_CHANGED.name(),
            ChangeKind.USER_DISABLED.name(), ChangeKind.LOGIN_SUCCEEDED.name(), ChangeKind.LOGIN_FAILED.name());

    private FreshInstance() {}

    static ImportReadiness readiness(DSLContext dsl) {
        int changes = dsl.fetchCount(OUTBOX_EVENT, OUTBOX_EVENT.ACTOR.notIn(SYSTEM_ACTORS).and(OUTBOX_EVENT.KIND.notIn(ACCOUNT_KINDS)));
        int editions = dsl.fetchCount(EDITION);
        return new ImportReadiness(changes, editions);
    }

    /** @throws BackupRefusedException when a person changed something here */
    static void require(DSLContext dsl) {
        ImportReadiness readiness = readiness(dsl);
        if (!readiness.ready()) {
            throw new BackupRefusedException(BackupRefusedException.NOT_EMPTY, readiness.changesByPeople(), readiness.editions());
        }
    }
}
