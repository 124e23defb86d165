package org.proximite.chapter.format.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a chapter jar before anything reads it as a chapter: entry names that could escape a
 * folder (zip slip) and archives that inflate far beyond their size (zip bombs) are refused. The
 * host never extracts a chapter to disk, but it refuses such jars anyway: nothing honest needs them.
 */
public final class ZipSafety {

    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    /** Text compresses about 3 to 10 times; a hundredfold is a bomb, past a small allowance. */
    static final int MAX_RATIO = 100;
    static final long RATIO_ALLOWANCE_BYTES = 1024 * 1024;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ZipSafety() {}

    /** Throws with the reason when the jar at this path is unsafe; reads every entry once. */
    public static void check(Path jar, long compressedSize) throws UnsafeChapterException {
        long total = 0;
        int count = 0;
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new UnsafeChapterException("it has more than " + MAX_ENTRIES + " entries");
                }
                checkName(entry.getName());
                if (!names.add(entry.getName())) {
                    throw new UnsafeChapterException("the entry '" + entry.getName() + "' appears twice");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long size = inflatedSize(zip, entry);
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    throw new UnsafeChapterException("it inflates to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size > RATIO_ALLOWANCE_BYTES && size / compressed > MAX_RATIO) {
                    throw new UnsafeChapterException("the entry '" + entry.getName() + "' inflates " + size / compressed
                            + " times its compressed size (a zip bomb?)");
                }
            }
        } catch (ZipException e) {
            throw new UnsafeChapterException("it is not a readable jar: " + e.getMessage());
        } catch (IOException e) {
            throw new UnsafeChapterException("it cannot be read: " + e.getMessage());
        }
        if (total > RATIO_ALLOWANCE_BYTES && total / Math.max(1, compressedSize) > MAX_RATIO) {
            throw new UnsafeChapterException("it inflates " + total / compressedSize + " times its size (a zip bomb?)");
        }
    }

    /** Entry names must stay inside the archive's root: no parent steps, no absolute paths. */
    public static void checkName(String name) throws UnsafeChapterException {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()
                || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new UnsafeChapterException("the entry name '" + printable(name) + "' is an absolute or malformed path");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw new UnsafeChapterException("the entry name '" + printable(name) + "' climbs out of the archive (zip slip)");
            }
        }
    }

    /** Reads the entry to its end, but never past the per-entry limit: declared sizes can lie. */
    private static long inflatedSize(ZipFile zip, ZipEntry entry) throws IOException, UnsafeChapterException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                size += read;
                if (size > MAX_ENTRY_BYTES) {
                    throw new UnsafeChapterException("the entry '" + entry.getName() + "' inflates to more than "
                            + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
                }
            }
        }
        return size;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 117) + "..." : shown;
    }
}
