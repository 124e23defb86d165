package org.proximite.core.theme;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.THEME;
import static org.proximite.db.jooq.Tables.THEME_LABEL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.proximite.core.internal.ItemVisibility;
import org.proximite.core.internal.ChapterVisibility;
import org.springframework.stereotype.Service;

/** Reads themes with their labels in the reader's language. */
@Service
public class ThemeQueries {

    private final DSLContext dsl;

    public ThemeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Top-level themes with their children, in order, and counts of published practices; a
     * practice filed under a theme and one of its children counts once.
     */
    public List<ThemeNode> tree(String language) {
        Map<Long, String> labels = labelsById(language);
        Map<Long, Set<Long>> practicesByTheme = new HashMap<>();
        dsl.select(CONTENT_THEME.THEME_ID, CONTENT_THEME.ITEM_ID)
                .from(CONTENT_THEME)
                .join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(CONTENT_THEME.ITEM_ID))
                .where(CONTENT_ITEM.KIND.eq("PRACTICE"))
                .and(ItemVisibility.forReaders(CONTENT_ITEM))
                .forEach(row -> practicesByTheme.computeIfAbsent(row.value1(), key -> new HashSet<>()).add(row.value2()));
        List<Record3<Long, String, Long>> themes = dsl.select(THEME.ID, THEME.SLUG, THEME.PARENT_ID)
                .from(THEME)
                .orderBy(THEME.POSITION, THEME.SLUG)
                .fetch();
        List<ThemeNode> roots = new ArrayList<>();
        for (var root : themes) {
            if (root.value3() != null) {
                continue;
            }
            Set<Long> practices = new HashSet<>(practicesByTheme.getOrDefault(root.value1(), Set.of()));
            List<ThemeNode> children = new ArrayList<>();
            for (var child : themes) {
                if (root.value1().equals(child.value3())) {
                    Set<Long> own = practicesByTheme.getOrDefault(child.value1(), Set.of());
                    practices.addAll(own);
                    children.add(new ThemeNode(child.value2(), labels.getOrDefault(child.value1(), child.value2()), own.size(), List.of()));
                }
            }
            roots.add(new ThemeNode(root.value2(), labels.getOrDefault(root.value1(), root.value2()), practices.size(), children));
        }
        return roots;
    }

    /** Every theme's label in the given language, else in any language it has. */
    public Map<Long, String> labelsById(String language) {
        Map<Long, String> labels = new LinkedHashMap<>();
        dsl.select(THEME_LABEL.THEME_ID, THEME_LABEL.LANGUAGE_CODE, THEME_LABEL.LABEL)
                .from(THEME_LABEL)
                .orderBy(THEME_LABEL.THEME_ID, THEME_LABEL.LANGUAGE_CODE)
                .forEach(row -> {
                    if (row.value2().equals(language) || !labels.containsKey(row.value1())) {
                        labels.put(row.value1(), row.value3());
                    }
                });
        return labels;
    }

    /** The themes of each given item, labelled in the given language. */
    public Map<Long, List<ThemeRef>> themesOfItems(Collection<Long> itemIds, String language) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> labels = labelsById(language);
        Map<Long, List<ThemeRef>> themes = new HashMap<>();
        dsl.select(CONTENT_THEME.ITEM_ID, THEME.ID, THEME.SLUG)
                .from(CONTENT_THEME)
                .join(THEME).on(THEME.ID.eq(CONTENT_THEME.THEME_ID))
                .where(CONTENT_THEME.ITEM_ID.in(itemIds))
                .orderBy(THEME.POSITION, THEME.SLUG)
                .forEach(row -> themes.computeIfAbsent(row.value1(), key -> new ArrayList<>())
                        .add(new ThemeRef(row.value3(), labels.getOrDefault(row.value2(), row.value3()))));
        return themes;
    }
}
