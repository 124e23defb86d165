package org.proximite.chapter.format.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void findsTheSlugATypoWasMeantFor() {
        assertThat(DidYouMean.among("guniea", List.of("guinea", "guinea-bissau"))).contains("guinea");
        assertThat(DidYouMean.among("local-securty-council", List.of("local-security-council", "local-security-plan")))
                .contains("local-security-council");
        assertThat(DidYouMean.among("sumary", List.of("title", "summary", "body"))).contains("summary");
    }

    @Test
    void proposesNothingWhenNothingIsClose() {
        assertThat(DidYouMean.among("senegal", List.of("guinea", "guinea-bissau"))).isEmpty();
        assertThat(DidYouMean.among("xy", List.of("ab"))).isEmpty();
    }

    @Test
    void proposesNothingWhenTwoAreEquallyClose() {
        assertThat(DidYouMean.among("cat", List.of("bat", "hat"))).isEmpty();
    }
}
