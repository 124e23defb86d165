package org.proximite.web.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The offline copy's search index goes inside a script element: no title may end it or make the parser swallow its end. */
class OfflineSearchIndexTest {

    @Test
    void theIndexInAScriptHasNoLessThanSignAndReadsBackTheSame() {
        List<OfflineSearchIndex.Entry> entries = List.of(
                new OfflineSearchIndex.Entry("practices/a.html", "practice", "</script><script>alert(1)</script>", null, "script alert"),
                new OfflineSearchIndex.Entry("practices/b.html", "practice", "<!--<script>", "a < b", "comment"));

        String inScript = OfflineSearchIndex.jsonInScript(entries);

        assertThat(inScript).doesNotContain("<");
        assertThat(JsonMapper.builder().build().readTree(inScript)).isEqualTo(JsonMapper.builder().build().readTree(OfflineSearchIndex.json(entries)));
    }
}
