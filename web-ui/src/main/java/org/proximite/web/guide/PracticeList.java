package org.proximite.web.guide;

import java.util.List;
import java.util.Map;
import org.proximite.core.content.Page;
import org.proximite.core.practice.PracticeCard;

/** The practices page: one page of practices, the filters chosen and the choices each filter offers. */
public record PracticeList(
        Page<PracticeCard> found,
        Pager pager,
        Chosen chosen,
        List<Option> themes,
        List<Option> chapters,
        List<Option> levels,
        List<Option> outcomes,
        List<Option> languages,
        Map<String, String> chapterNames) {

    /** The filters in the address; null for none. */
    public record Chosen(String theme, String chapter, String level, String outcome, String available) {}
}
