package org.proximite.chapter.format.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.text.Printable;

/**
 * Checks a chapter jar before anything reads it as a chapter: entry names that could escape a
 * folder (zip slip), archives that inflate far beyond their size (zip bombs), and entries whose
 * data does not match their checksum (a tampered or forged archive, which different readers could
 * read differently) are refused. The host never extracts a chapter to disk, but it refuses such
 * jars anyway: nothing honest needs them.
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

    /** Refuses the jar at this path, with the reason, when it is unsafe; reads every entry once. */
    public static void check(Path jar, long compressedSize) throws ChapterRefusedException {
        long total = 0;
        int count = 0;
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ChapterRefusedException("zip.entries.too-many", MAX_ENTRIES);
                }
                checkName(entry.getName());
                if (!names.add(entry.getName())) {
                    throw new ChapterRefusedException("zip.entry.twice", Printable.of(entry.getName()));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long size = readToTheEnd(zip, entry);
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    throw new ChapterRefusedException("zip.total.too-large", MAX_TOTAL_BYTES / (1024 * 1024));
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size > RATIO_ALLOWANCE_BYTES && size / compressed > MAX_RATIO) {
                    throw new ChapterRefusedException("zip.entry.ratio", Printable.of(entry.getName()), size / compressed);
                }
            }
        } catch (ZipException e) {
            // ZipFile's own messages name the defect, never the file's folder.
            throw new ChapterRefusedException("zip.unreadable", Printable.of(e.getMessage()));
        } catch (IOException e) {
            throw new ChapterRefusedException("zip.unreadable", "");
        }
        if (total > RATIO_ALLOWANCE_BYTES && total / Math.max(1, compressedSize) > MAX_RATIO) {
            throw new ChapterRefusedException("zip.ratio", total / compressedSize);
        }
    }

    /** Entry names must stay inside the archive's root: no parent steps, no absolute paths. */
    public static void checkName(String name) throws ChapterRefusedException {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()
                || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new ChapterRefusedException("zip.entry.name.malformed", Printable.of(name));
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw new ChapterRefusedException("zip.entry.name.outside", Printable.of(name));
            }
        }
    }

    /**
     * Reads the entry to its end, never past the per-entry limit (declared sizes can lie), and
     * compares its checksum: ZipFile does not, for entries stored without compression.
     */
    private static long readToTheEnd(ZipFile zip, ZipEntry entry) throws IOException, ChapterRefusedException {
        long size = 0;
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                size += read;
                if (size > MAX_ENTRY_BYTES) {
                    throw new ChapterRefusedException("zip.entry.too-large", Printable.of(entry.getName()), MAX_ENTRY_BYTES / (1024 * 1024));
                }
                crc.update(buffer, 0, read);
            }
        }
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new ChapterRefusedException("zip.entry.crc", Printable.of(entry.getName()));
        }
        return size;
    }
}
