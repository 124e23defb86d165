package org.proximite.chapter.format.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {

    @Test
    void ordersAsSemverOrgSays() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0");
        List<SemanticVersion> shuffled = new ArrayList<>(ordered.stream().map(v -> SemanticVersion.parse(v).orElseThrow()).toList());
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);

        assertThat(shuffled).extracting(SemanticVersion::toString).containsExactlyElementsOf(ordered);
    }

    @Test
    void aVersionIsShortAndMadeOfDigitsLettersDotsAndHyphens() {
        assertThat(SemanticVersion.isValid("1.0.0-" + "a".repeat(SemanticVersion.MAX_LENGTH))).isFalse();
        assertThat(SemanticVersion.isValid("1.0.0-rc/1")).isFalse();
        assertThat(SemanticVersion.isValid("99999999999999999999.0.0")).isFalse();
    }
}
