package org.proximite.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proximite.core.editing.FieldProblem;

class PasswordPolicyTest {

    private static String codes(String password) {
        return String.join(",", PasswordPolicy.problems(password, "aissatou").stream().map(FieldProblem::messageKey).toList());
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(codes("kx7-vq2-mlp")).isEqualTo("account.problem.passwordTooShort");
        assertThat(PasswordPolicy.problems("kx7-vq2-mlp", "aissatou").getFirst().arguments()).containsExactly(12);
        assertThat(codes("kx7-vq2-mlpz")).isEmpty();
    }

    @Test
    void acceptsLongPassphrasesUpTo128Characters() {
        assertThat(codes("les chefs de quartier et la police tiennent conseil chaque lundi matin à Ratoma!!")).isEmpty();
        String sixtyFour = "z9".repeat(8) + "-a-passphrase-of-exactly-sixty-four-characters-x";
        assertThat(sixtyFour).hasSize(64);
        assertThat(codes(sixtyFour)).isEmpty();
        String longest = "q".repeat(1) + "w3-".repeat(42) + "k";
        assertThat(longest).hasSize(128);
        assertThat(codes(longest)).isEmpty();
        assertThat(codes(longest + "x")).isEqualTo("account.problem.passwordTooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "qwertyuiop12", "123456789012", "iloveyou2024!", "!!sunshine!!2024",
            "dragondragon", "aaaaaaaaaaaa", "motdepasse123", "azertyuiop12", "1q2w3e4r5t6y"})
    void refusesCommonPasswords(String common) {
        assertThat(codes(common)).isEqualTo("account.problem.passwordCommon");
    }

    @Test
    void refusesThePersonsOwnName() {
        assertThat(codes("Aissatou-2024-x")).isEqualTo("account.problem.passwordHasUsername");
    }
}
