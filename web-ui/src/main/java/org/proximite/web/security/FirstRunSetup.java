package org.proximite.web.security;

import org.proximite.core.account.AccountLink;
import org.proximite.core.account.FirstAdmin;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start, while nobody can administer this installation: creates {@code admin} with
 * {@code PROXIMITE_ADMIN_PASSWORD} when it is set, else writes once to the log a one-time link
 * where the first admin chooses a name and a password. There is no default password.
 */
@Component
class FirstRunSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final FirstAdmin firstAdmin;
    private final AdminAccountProperties admin;
    private final SignInSettings settings;
    private final Environment environment;

    FirstRunSetup(FirstAdmin firstAdmin, AdminAccountProperties admin, SignInSettings settings, Environment environment) {
        this.firstAdmin = firstAdmin;
        this.admin = admin;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!firstAdmin.needed()) {
            return;
        }
        if (admin.hasPassword()) {
            try {
                if (firstAdmin.createFromPassword(admin.password())) {
                    log.info("Created the account '{}' with the password of PROXIMITE_ADMIN_PASSWORD", FirstAdmin.DEFAULT_USERNAME);
                }
                return;
            } catch (InvalidEditException e) {
                log.warn("PROXIMITE_ADMIN_PASSWORD is refused ({}): it needs 12 to 128 characters and must not be a common password;"
                        + " no admin was created from it", e.problems().stream().map(FieldProblem::messageKey).toList());
            }
        }
        AccountLink link = firstAdmin.setupLink(settings.setupLinkLifetime());
        log.warn("No admin can sign in yet. Open this one-time link to choose the first admin's name and password"
                        + " (it works once, until {}): http://localhost:{}/setup?token={}",
                link.expiresAt(), environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")), link.token());
    }
}
