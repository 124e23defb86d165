package org.proximite.web.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A database other than the embedded one must answer before anything starts: one connection,
 * opened and closed, within a few seconds. The embedded H2 database lives in the data folder and
 * is checked with it.
 */
final class DatabaseReachable {

    private static final String SECONDS = "5";

    private DatabaseReachable() {}

    static void check(String url, String user, String password) {
        if (url == null || url.startsWith("jdbc:h2:")) {
            return;
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        // Understood by the PostgreSQL driver; other drivers ignore them.
        properties.setProperty("connectTimeout", SECONDS);
        properties.setProperty("loginTimeout", SECONDS);
        String shown = withoutParameters(url);
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(Integer.parseInt(SECONDS));
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28")) {
                throw new WrongSetting("settings.db.refused", e, "PROXIMITE_DB_USER", user, shown);
            }
            if (state.equals("3D000")) {
                throw new WrongSetting("settings.db.noSuchDatabase", e, "PROXIMITE_DB_URL", shown);
            }
            if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                throw new WrongSetting("settings.db.unknownKind", e, "PROXIMITE_DB_URL", shown);
            }
            throw new WrongSetting("settings.db.unreachable", e, "PROXIMITE_DB_URL", shown, firstLine(e.getMessage()));
        }
    }

    /** The URL as shown in messages: without its parameters, which may carry a password. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
