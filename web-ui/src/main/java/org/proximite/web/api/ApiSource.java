package org.proximite.web.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.proximite.core.content.Source;

/**
 * One numbered reference of a practice or an initiative, as the API gives it.
 *
 * @param number the number its outcomes cite, from 1
 * @param date when it was published: {@code 2019}, {@code 2019-12} or {@code 2019-12-02}
 * @param consulted when it was read at {@code url}
 */
record ApiSource(int number, String title, String author, String date, String url, LocalDate consulted, String language, String note) {

    static List<ApiSource> of(List<Source> sources) {
        List<ApiSource> numbered = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            numbered.add(new ApiSource(i + 1, source.title(), source.author(), source.date(), source.url(), source.consulted(),
                    source.language(), source.note()));
        }
        return numbered;
    }
}
