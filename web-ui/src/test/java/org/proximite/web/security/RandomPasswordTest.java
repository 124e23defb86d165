package org.proximite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomPasswordTest {

    @Test
    void isLongEnoughAndMadeOfUnambiguousCharacters() {
        String password = RandomPassword.generate();

        assertThat(password).hasSizeGreaterThanOrEqualTo(20).doesNotContainAnyWhitespaces()
                .doesNotContain("0", "O", "1", "l", "I");
    }

    @Test
    void differsFromOneCallToTheNext() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            passwords.add(RandomPassword.generate());
        }

        assertThat(passwords).hasSize(100);
    }
}
