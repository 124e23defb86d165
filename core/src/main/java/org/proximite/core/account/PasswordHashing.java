package org.proximite.core.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (Spring Security's recommended parameters), each hash
 * prefixed with its algorithm ({@code {argon2}…}) so that a later change of algorithm can still
 * check older hashes. Bcrypt is read too, but not written: it ignores what follows the 72nd
 * byte, and passwords may be up to 128 characters.
 */
public final class PasswordHashing {

    private PasswordHashing() {}

    public static PasswordEncoder encoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
