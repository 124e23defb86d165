package org.proximite.core.account;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.LANGUAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.FieldProblem;

/** What is wrong with an account's name or access, each problem with its field and message key. */
final class AccountChecks {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");
    static final int DISPLAY_NAME_MAX = 120;

    private AccountChecks() {}

    /** A user name as stored: trimmed, lower case. */
    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static List<FieldProblem> nameProblems(String username, String displayName) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "account.problem.usernameInvalid", 2, 80));
        }
        if (displayName != null && displayName.strip().length() > DISPLAY_NAME_MAX) {
            problems.add(new FieldProblem("displayName", "account.problem.displayNameTooLong", DISPLAY_NAME_MAX));
        }
        return problems;
    }

    static List<FieldProblem> accessProblems(DSLContext context, AccountAccess access) {
        List<FieldProblem> problems = new ArrayList<>();
        if (access.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "account.problem.roleRequired"));
        }
        if (access.roles().contains(Role.COUNTRY_EDITOR) && access.chapterScopes().isEmpty()) {
            problems.add(new FieldProblem("chapters", "account.problem.chapterRequired"));
        }
        if (access.roles().contains(Role.TRANSLATOR) && access.languageScopes().isEmpty()) {
            problems.add(new FieldProblem("languages", "account.problem.languageRequired"));
        }
        Set<String> chapters = Set.copyOf(context.select(CHAPTER.ID).from(CHAPTER).where(CHAPTER.ID.in(access.chapterScopes())).fetch(CHAPTER.ID));
        access.chapterScopes().stream().filter(chapter -> !chapters.contains(chapter)).sorted()
                .forEach(chapter -> problems.add(new FieldProblem("chapters", "account.problem.unknownChapter", chapter)));
        Set<String> languages = Set.copyOf(context.select(LANGUAGE.CODE).from(LANGUAGE).where(LANGUAGE.CODE.in(access.languageScopes()))
                .fetch(LANGUAGE.CODE));
        access.languageScopes().stream().filter(language -> !languages.contains(language)).sorted()
                .forEach(language -> problems.add(new FieldProblem("languages", "account.problem.unknownLanguage", language)));
        return problems;
    }
}
