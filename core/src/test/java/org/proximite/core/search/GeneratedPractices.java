package org.proximite.core.search;

import java.util.Collection;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The benchmark's generated practices, handed to the index as the database would hand them: what
 * {@link SearchIndex} reads instead of the published items, for benchmarks of the index alone or of
 * the whole application.
 */
public class GeneratedPractices extends PublishedItems {

    private final List<IndexedItem> practices;

    public GeneratedPractices(int count) {
        this(BenchmarkCorpus.practices(count));
    }

    GeneratedPractices(List<IndexedItem> practices) {
        super(null);
        this.practices = practices;
    }

    @Override
    List<Long> visibleIds() {
        return LongStream.range(0, practices.size()).boxed().toList();
    }

    @Override
    List<IndexedItem> byIds(List<Long> ids) {
        return ids.stream().map(id -> practices.get(id.intValue())).toList();
    }

    @Override
    List<IndexedItem> ofChapter(String chapterId) {
        return practices.stream().filter(practice -> practice.chapterId().equals(chapterId)).toList();
    }

    @Override
    List<IndexedItem> bySlugs(String kind, Collection<String> slugs) {
        return practices.stream().filter(practice -> practice.kind().equals(kind) && slugs.contains(practice.slug())).toList();
    }
}
