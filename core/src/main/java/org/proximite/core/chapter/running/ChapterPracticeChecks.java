package org.proximite.core.chapter.running;

import java.util.List;
import org.proximite.core.chapter.ChapterEntries;
import org.proximite.core.content.ItemText;
import org.proximite.core.practice.PracticeTextCheck;
import org.springframework.stereotype.Component;

/** The practice checks that started code chapters bring, run by the practice editing service. */
@Component
class ChapterPracticeChecks implements PracticeTextCheck {

    private final ChapterExtensions extensions;

    ChapterPracticeChecks(ChapterExtensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public List<String> warnings(String language, ItemText text) {
        return extensions.checkPractice(language, ChapterEntries.practiceText(text));
    }
}
