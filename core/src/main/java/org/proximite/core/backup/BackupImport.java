package org.proximite.core.backup;

import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;
import static org.proximite.db.jooq.Tables.OUTBOX_HEAD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.backup.BackupProgress.Step;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxFollower;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Puts a bundle's data into an instance where no person changed anything yet, replacing what its
 * first start created (shipped chapters, the first admin). Every file is checked before anything
 * is written; then one transaction empties the tables and writes every row with its own values,
 * generated ids moved past them, the outbox as it was in the bundle, then one
 * {@link ChangeKind#BUNDLE_IMPORTED} event past every position the bundle and this instance used.
 * Every instance on the database, this one at once, hears that event and reads again what it keeps
 * from the database (caches, search index, running chapters): none needs a restart. Any refusal
 * or failure leaves the database as it was.
 */
@Service
public class BackupImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BackupImport.class);

    private final DSLContext dsl;
    private final Outbox outbox;
    private final Runnable followNow;
    private final AtomicBoolean running = new AtomicBoolean();

    @Autowired
    public BackupImport(DSLContext dsl, Outbox outbox, ObjectProvider<OutboxFollower> follower) {
        this(dsl, outbox, () -> follower.getObject().poll());
    }

    /** With what makes this instance follow the import once it is committed: a test's seam. */
    BackupImport(DSLContext dsl, Outbox outbox, Runnable followNow) {
        this.dsl = dsl;
        this.outbox = outbox;
        this.followNow = followNow;
    }

    /** Whether this instance can receive an import now. */
    public ImportReadiness readiness(Actor actor) {
        actor.require(Role.ADMIN);
        return FreshInstance.readiness(dsl);
    }

    /**
     * Imports the bundle at {@code bundle}.
     *
     * @param progress told of the rows checked, then of the rows written
     * @throws BackupRefusedException when the bundle is damaged, of another format or schema, or the instance is not empty; nothing is written
     * @throws org.proximite.core.actor.NotAllowedException when the actor is not an admin
     */
    public ImportResult importBundle(Path bundle, Actor actor, Consumer<BackupProgress> progress) throws IOException {
        actor.require(Role.ADMIN);
        if (!running.compareAndSet(false, true)) {
            throw new BackupRefusedException(BackupRefusedException.BUSY);
        }
        try {
            FreshInstance.require(dsl);
            ImportResult result;
            try (VerifiedBundle verified = VerifiedBundle.open(bundle, SchemaChangesets.of(dsl), progress)) {
                result = dsl.transactionResult(configuration -> write(configuration.dsl(), verified, actor, progress));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            log.info("{} imported a bundle made on {} by Proximité {}: {} rows in {} tables replaced this instance's data", actor.name(),
                    result.createdAt(), result.applicationVersion(), result.rows(), result.tables());
            followNow.run();
            progress.accept(new BackupProgress(Step.DONE, result.rows(), result.rows()));
            return result;
        } finally {
            running.set(false);
        }
    }

    private ImportResult write(DSLContext tx, VerifiedBundle bundle, Actor actor, Consumer<BackupProgress> progress) {
        // Holding the outbox head's row lock keeps every writer of content out until this transaction ends.
        long headBefore = tx.update(OUTBOX_HEAD).set(OUTBOX_HEAD.LAST_POSITION, OUTBOX_HEAD.LAST_POSITION).where(OUTBOX_HEAD.ID.eq(1))
                .returningResult(OUTBOX_HEAD.LAST_POSITION).fetchSingle().value1();
        FreshInstance.require(tx);
        List<Table<?>> tables = BundleTables.exported();
        for (String name : BundleTables.EMPTIED_ON_IMPORT) {
            tx.deleteFrom(BundleTables.table(name)).execute();
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            tx.deleteFrom(tables.get(i)).execute();
        }
        long total = bundle.manifest().totalRows();
        long[] done = {0};
        progress.accept(new BackupProgress(Step.WRITING, 0, total));
        for (Table<?> table : tables) {
            try {
                new TableLoader(tx, table).load(bundle, bundle.file(BundleTables.name(table)), rows -> {
                    done[0] += rows;
                    progress.accept(new BackupProgress(Step.WRITING, done[0], total));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            IdentityRestart.after(tx, table);
        }
        // Positions only grow: the next change gets a position past both the bundle's and this instance's,
        // so that every instance's follower, wherever it stands, sees it.
        Long lastImported = tx.select(DSL.max(OUTBOX_EVENT.POSITION)).from(OUTBOX_EVENT).fetchOne(0, Long.class);
        long head = Math.max(headBefore, lastImported == null ? 0 : lastImported);
        tx.update(OUTBOX_HEAD).set(OUTBOX_HEAD.LAST_POSITION, head).where(OUTBOX_HEAD.ID.eq(1)).execute();
        outbox.append(tx, OutboxEvent.of(actor.name(), ChangeKind.BUNDLE_IMPORTED, null, null, null, null, null));
        Manifest manifest = bundle.manifest();
        return new ImportResult(manifest.tables().size(), done[0], manifest.applicationVersion(), manifest.createdAt());
    }
}
