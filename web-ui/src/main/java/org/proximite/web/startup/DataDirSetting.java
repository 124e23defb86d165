package org.proximite.web.startup;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The data folder: a folder, or a path where one can be created. Checked without creating
 * anything, so that a start refused for another reason leaves no folder behind.
 */
final class DataDirSetting {

    private DataDirSetting() {}

    static Path check(String variable, String value) {
        Path dir;
        try {
            dir = Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new WrongSetting("settings.dataDir.notCreatable", e, variable, value, value);
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new WrongSetting("settings.dataDir.notAFolder", variable, value);
            }
            if (!Files.isWritable(dir)) {
                throw new WrongSetting("settings.dataDir.notWritable", variable, value);
            }
            return dir;
        }
        Path existing = dir.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new WrongSetting("settings.dataDir.notCreatable", variable, value, existing == null ? "/" : existing);
        }
        return dir;
    }
}
