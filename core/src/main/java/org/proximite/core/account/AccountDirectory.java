package org.proximite.core.account;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Reads accounts for signing in and for checking that a session may go on; no actor needed. */
@Service
public class AccountDirectory {

    private final DSLContext dsl;

    public AccountDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The account of this user name (any case), if there is one. */
    public Optional<StoredCredentials> find(String username) {
        return AccountRows.credentials(dsl, AccountChecks.normalised(username));
    }
}
