package org.proximite.web.api;

import java.util.List;
import java.util.Set;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;

/**
 * Accounts for the write API's tests, in the database as people's accounts are: one per role, with
 * the scopes their work has. Every password is {@link #PASSWORD}.
 */
final class ApiTestAccounts {

    static final String PASSWORD = "write-api-test-only";

    private record Person(String name, AccountAccess access) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("awa", AccountAccess.of(Role.COORDINATOR)),
            new Person("tom", new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("en"))),
            new Person("nuno", new AccountAccess(Set.of(Role.COUNTRY_EDITOR), Set.of("guinea-bissau"), Set.of())),
            new Person("writer", AccountAccess.of(Role.COORDINATOR)),
            new Person("rita", AccountAccess.of(Role.REVIEWER)),
            new Person("ada", AccountAccess.of(Role.ADMIN)));

    private ApiTestAccounts() {}

    /** Creates the accounts that do not exist yet, each with {@link #PASSWORD}. */
    static void createIn(Accounts accounts) {
        Actor system = Actor.system("test");
        var existing = accounts.list(system).stream().map(summary -> summary.username()).toList();
        for (Person person : PEOPLE) {
            if (!existing.contains(person.name())) {
                accounts.choosePassword(accounts.invite(system, person.name(), person.name(), person.access()).token(), PASSWORD);
            }
        }
    }
}
