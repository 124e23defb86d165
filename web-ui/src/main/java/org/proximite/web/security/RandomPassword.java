package org.proximite.web.security;

import java.security.SecureRandom;

/** Random passwords for accounts whose password the operator did not set. */
final class RandomPassword {

    static final int LENGTH = 24;
    // No 0/O, 1/l/I: the password is read from a log and typed by a person.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPassword() {}

    /** About 139 bits of entropy: 24 characters from an alphabet of 56. */
    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
