package org.proximite.chapter.format.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.StakeholderGroups;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.TestChapter;

/** Reads and checks a test chapter as the server does, and gives back every reason it is refused for. */
final class ContentChecks {

    static final HostFacts FACTS = new HostFacts(Set.of("fr", "en"), Set.copyOf(StakeholderGroups.CODES), Set.of());

    private ContentChecks() {}

    static List<Reason> problems(TestChapter chapter) {
        return problems(chapter, FACTS);
    }

    static List<Reason> problems(TestChapter chapter, HostFacts facts) {
        try {
            ChapterContent content = new ChapterContentReader().read(chapter.content());
            List<Reason> reasons = new ArrayList<>();
            new ChapterContentValidator().validate(content, "sample", facts).forEach(problem -> reasons.add(problem.reason()));
            return reasons;
        } catch (ChapterRefusedException e) {
            return e.reasons();
        }
    }

    static List<String> messages(TestChapter chapter) {
        return problems(chapter).stream().map(Reason::toString).toList();
    }

    static HostFacts withSlugsOf(String chapterId, Set<String> practices, Set<String> initiatives) {
        Map<String, String> practiceOwners = new java.util.HashMap<>();
        practices.forEach(slug -> practiceOwners.put(slug, chapterId));
        Map<String, String> initiativeOwners = new java.util.HashMap<>();
        initiatives.forEach(slug -> initiativeOwners.put(slug, chapterId));
        return new HostFacts(FACTS.languages(), FACTS.stakeholderGroups(), practices, practiceOwners, initiativeOwners);
    }
}
