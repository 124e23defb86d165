package org.proximite.chapter.format.jar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.proximite.chapter.format.Reason;

/** {@code Plugin-Requires} names the host versions a chapter works with, always with a real upper bound. */
class HostRequirementTest {

    private static final String HOST = "0.1.0";

    @ParameterizedTest
    @ValueSource(strings = {">=0.1.0 & <1.0.0", ">=0.1.0&<1.0.0", "<1.0.0", ">=0.0.1 & <=0.1.0", "=0.1.0"})
    void aBoundedRangeThatIncludesTheHostPasses(String requires) {
        assertThat(HostRequirement.problems(requires, HOST)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        ">=0.1.0 & <1.0.0 | >=2.0.0;   requires.alternatives",
        ">=0.1.0 | <1.0.0;             requires.alternatives",
        "<1.0.0 || >0.0.1;             requires.alternatives",
        ">=0.1.0;                      requires.unbounded",
        "0.1.0;                        requires.unbounded",
        ">0.0.1 & >=0.1.0;             requires.unbounded",
        "~0.1.0;                       requires.malformed",
        "^0.1.0;                       requires.malformed",
        ">=0.1 & <1.0;                 requires.malformed",
        ">=0.1.x & <1.0.0;             requires.malformed",
        ">=0.1.0 & <1.0.0 & ;          requires.malformed",
        ">=0.1.0 & <1.0.0-rc.1;        requires.malformed",
        "*;                            requires.missing",
        ">=5.0.0 & <6.0.0;             requires.excludes-host"})
    void aRangeWithoutARealUpperBoundOrThatExcludesTheHostIsRefused(String requires, String code) {
        assertThat(HostRequirement.problems(requires, HOST)).extracting(Reason::code).containsExactly(code);
    }

    @Test
    void theRefusalSaysWhatToWrite() {
        assertThat(HostRequirement.problems(">=0.1.0 | >=2.0.0", HOST)).singleElement().asString()
                .isEqualTo("Plugin-Requires '>=0.1.0 | >=2.0.0' offers alternatives with '|': write one range with an upper bound, e.g. '>=0.1.0 & <1.0.0'");
        assertThat(HostRequirement.problems(">=5.0.0 & <6.0.0", HOST)).singleElement().asString()
                .isEqualTo("it requires Proximité >=5.0.0 & <6.0.0 but this host is 0.1.0");
    }

    @Test
    void aMissingRequirementIsRefused() {
        assertThat(HostRequirement.problems(null, HOST)).extracting(Reason::code).containsExactly("requires.missing");
        assertThat(HostRequirement.problems(" ", HOST)).extracting(Reason::code).containsExactly("requires.missing");
    }

    @Test
    void theBuildWritesASemanticHostVersion() {
        assertThat(SemanticVersion.parse(HostVersion.get())).isPresent();
    }
}
