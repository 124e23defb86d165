package org.proximite.core.backup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableOptions.TableType;
import org.jooq.impl.DSL;
import org.proximite.db.jooq.DefaultSchema;

/**
 * Which tables a bundle holds, in which order, and how their rows are ordered. Every table of the
 * schema is exported except those below, so that a table added later is carried without anyone
 * remembering to list it. Tables come each after the tables it refers to (ties by name), which is
 * the order an import writes them in.
 */
final class BundleTables {

    /**
     * Not exported: one-time links, sign-ins that instances carry on and failed sign-ins (secrets
     * and throttling of this instance), install plans waiting for an admin (they expire within a
     * day), the chapter lock's fixed row, the outbox head (the highest position in the outbox),
     * editors' unsaved drafts and who has an editor open now. An import empties all but the lock
     * and the head.
     */
    static final Set<String> LEFT_OUT = Set.of("account_token", "account_sign_in", "sign_in_failure", "chapter_plan", "chapter_lock", "outbox_head",
            "editor_autosave", "editor_presence");
    static final List<String> EMPTIED_ON_IMPORT = List.of("account_token", "account_sign_in", "sign_in_failure", "chapter_plan", "editor_autosave",
            "editor_presence");

    static final String FOLDER = "tables/";

    private static final List<Table<?>> EXPORTED = ordered();

    private BundleTables() {}

    /** The exported tables, each after the tables it refers to. */
    static List<Table<?>> exported() {
        return EXPORTED;
    }

    /** A table by its name in a bundle, or null. */
    static Table<?> table(String name) {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream().filter(table -> name(table).equals(name)).findFirst().orElse(null);
    }

    /** The name of a table or column in a bundle: lower case, as written in the changelog. */
    static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    static String name(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    static String file(Table<?> table) {
        return FOLDER + name(table) + ".jsonl";
    }

    static List<String> columns(Table<?> table) {
        return table.fieldStream().map(BundleTables::name).toList();
    }

    /**
     * Rows by primary key. Texts compare by their code points on both databases (PostgreSQL's
     * collation would order them by language rules, H2 by code units), so that the same rows come
     * out in the same order whatever the database.
     */
    static List<SortField<?>> order(Table<?> table, SQLDialect dialect) {
        List<? extends Field<?>> key = table.getPrimaryKey() == null ? List.of(table.fields()) : table.getPrimaryKey().getFields();
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : key) {
            if (field.getType() == String.class && dialect.family() == SQLDialect.POSTGRES) {
                @SuppressWarnings("unchecked")
                Field<String> text = (Field<String>) field;
                order.add(text.collate(DSL.collation(DSL.quotedName("C"))).asc());
            } else {
                order.add(field.asc());
            }
        }
        return order;
    }

    /** The column of this table that refers to a row of the same table (a theme's parent), or null. */
    static SelfReference selfReference(Table<?> table) {
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            if (reference.getKey().getTable().equals(table) && reference.getFields().size() == 1) {
                return new SelfReference(reference.getFields().get(0), reference.getKeyFields().get(0));
            }
        }
        return null;
    }

    record SelfReference(Field<?> column, Field<?> referenced) {}

    private static List<Table<?>> ordered() {
        List<Table<?>> remaining = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> table.getTableType() == TableType.TABLE)
                .filter(table -> !LEFT_OUT.contains(name(table)))
                .sorted(Comparator.comparing(BundleTables::name))
                .toList());
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (!remaining.isEmpty()) {
            Table<?> next = remaining.stream().filter(table -> table.getReferences().stream()
                    .map(reference -> reference.getKey().getTable())
                    .allMatch(parent -> parent.equals(table) || placed.contains(parent) || !remaining.contains(parent) && isLeftOut(parent)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tables refer to each other in a cycle: " + remaining));
            placed.add(next);
            remaining.remove(next);
        }
        return List.copyOf(placed);
    }

    private static boolean isLeftOut(Table<?> table) {
        return LEFT_OUT.contains(name(table));
    }
}
