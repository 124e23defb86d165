package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.format.jar.SemanticVersion;
import org.proximite.chapter.format.jar.VersionRange;

/**
 * The chapter format checks versions without PF4J, so that the authors' tool stays small; PF4J
 * checks them again when it loads a chapter. Both must agree on every range the format allows.
 */
class VersionRangeAgreesWithPf4jTest {

    private final VersionManager pf4j = new DefaultVersionManager();

    private static final List<String> RANGES = List.of(">=0.1.0 & <1.0.0", "<1.0.0", ">0.1.0 & <=0.2.0", "=0.1.0",
            ">=1.0.0 & <2.0.0", ">=0.1.0&<0.1.1");
    private static final List<String> VERSIONS = List.of("0.0.9", "0.1.0", "0.1.1", "0.2.0", "0.9.99", "1.0.0-rc.1", "1.0.0-rc.2",
            "1.0.0", "1.5.0", "2.0.0-alpha", "2.0.0");

    @Test
    void bothSayTheSameVersionsAreInEachRange() {
        for (String range : RANGES) {
            VersionRange parsed = VersionRange.parse(range).orElseThrow();
            for (String version : VERSIONS) {
                assertThat(parsed.includes(SemanticVersion.parse(version).orElseThrow()))
                        .as(version + " in " + range)
                        .isEqualTo(pf4j.checkVersionConstraint(version, range));
            }
        }
    }

    @Test
    void aPreReleaseBoundIsRefusedBecausePf4jCannotReadIt() {
        String range = ">=1.0.0-rc.1 & <2.0.0";

        assertThat(VersionRange.parse(range)).isEmpty();
        assertThatThrownBy(() -> pf4j.checkVersionConstraint("1.0.0", range)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void bothOrderVersionsTheSameWay() {
        for (String a : VERSIONS) {
            for (String b : VERSIONS) {
                assertThat(Integer.signum(SemanticVersion.parse(a).orElseThrow().compareTo(SemanticVersion.parse(b).orElseThrow())))
                        .as(a + " vs " + b)
                        .isEqualTo(Integer.signum(pf4j.compareVersions(a, b)));
            }
        }
    }
}
