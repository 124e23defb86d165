package org.proximite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAccountPropertiesTest {

    @Test
    void keepsThePasswordOutOfItsDescription() {
        assertThat(new AdminAccountProperties("s3cret-value").toString()).doesNotContain("s3cret-value");
    }

    @Test
    void treatsABlankPasswordAsUnset() {
        assertThat(new AdminAccountProperties("  ").hasPassword()).isFalse();
        assertThat(new AdminAccountProperties(null).hasPassword()).isFalse();
        assertThat(new AdminAccountProperties("x").hasPassword()).isTrue();
    }
}
