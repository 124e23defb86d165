package org.proximite.web.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The HTTP port: a number from 1 to 65535 (0 lets the system choose, for tests), and free. */
final class PortSetting {

    private PortSetting() {}

    static void check(String variable, String value) {
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new WrongSetting("settings.port.notANumber", variable, value);
        }
        if (port < 0 || port > 65535) {
            throw new WrongSetting("settings.port.notANumber", variable, value);
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new WrongSetting("settings.port.busy", e, variable, value);
        }
    }
}
