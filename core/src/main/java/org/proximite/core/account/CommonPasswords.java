package org.proximite.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to protect anything, shipped with the application (no network at run
 * time): see {@code common-passwords.txt} for the source. A candidate is common when, in lower
 * case, it is a listed password, a listed one of at least four characters with only digits and
 * punctuation before or after it ({@code password1234}, {@code !!monkey2024}), or a listed one
 * (or a single character) repeated ({@code dragondragon}).
 */
final class CommonPasswords {

    private static final Set<String> LISTED = load();

    private CommonPasswords() {}

    static boolean isCommon(String password) {
        String candidate = password.toLowerCase(Locale.ROOT);
        if (LISTED.contains(candidate) || isRepeated(candidate)) {
            return true;
        }
        for (int start = 0; start < candidate.length(); start++) {
            if (start > 0 && Character.isLetter(candidate.charAt(start - 1))) {
                break;
            }
            for (int end = candidate.length(); end - start >= 4; end--) {
                if (end < candidate.length() && Character.isLetter(candidate.charAt(end))) {
                    break;
                }
                if (LISTED.contains(candidate.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the candidate is a listed password, or any unit, written several times over. */
    private static boolean isRepeated(String candidate) {
        for (int unit = 1; unit <= candidate.length() / 2; unit++) {
            if (candidate.length() % unit == 0 && candidate.substring(unit).equals(candidate.substring(0, candidate.length() - unit))) {
                return unit < 4 || LISTED.contains(candidate.substring(0, unit)) || unit * 2 == candidate.length();
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
