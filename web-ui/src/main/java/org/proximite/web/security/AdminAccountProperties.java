package org.proximite.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account's settings, bound from {@code proximite.admin.*}.
 *
 * @param password the password of the {@code admin} account, from the environment variable
 *     {@code PROXIMITE_ADMIN_PASSWORD}; blank means "generate one at start"
 */
@ConfigurationProperties("proximite.admin")
public record AdminAccountProperties(String password) {

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        // Keeps the secret out of logs and error messages that print the settings.
        return "AdminAccountProperties[password=" + (hasPassword() ? "(set)" : "(unset)") + "]";
    }
}
