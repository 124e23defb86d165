package org.proximite.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.proximite.core.editing.FieldProblem;

/**
 * Which passwords are accepted, after OWASP ASVS 5 (V6.2): at least 12 characters, up to 128
 * (any character, spaces included, so that a passphrase works), no composition rules, and not a
 * common password nor the account's own name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** What is wrong with this password for this account (empty when it is accepted); the field is {@code password}. */
    public static List<FieldProblem> problems(String password, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(new FieldProblem("password", "account.problem.passwordTooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            problems.add(new FieldProblem("password", "account.problem.passwordTooLong", MAX_LENGTH));
        } else if (CommonPasswords.isCommon(password)) {
            problems.add(new FieldProblem("password", "account.problem.passwordCommon"));
        } else if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem("password", "account.problem.passwordHasUsername"));
        }
        return problems;
    }
}
