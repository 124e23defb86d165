package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.content.ChapterContentValidator;
import org.proximite.chapter.format.jar.ChapterJar;
import org.proximite.chapter.format.jar.Fingerprint;
import org.proximite.chapter.format.jar.HostRequirement;
import org.proximite.chapter.format.jar.JarSignatures;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.chapter.format.jar.ZipSafety;
import org.springframework.stereotype.Service;

/**
 * Everything the host checks in a chapter jar before it shows an install plan: size and archive
 * safety, the manifest, the host versions it accepts (with an upper bound), its dependencies, its
 * signature, and its content.
 */
@Service
public class ChapterInspector {

    static final long MAX_JAR_BYTES = 50L * 1024 * 1024;

    private final DSLContext dsl;
    private final ChapterContentReader reader = new ChapterContentReader();
    private final ChapterContentValidator validator = new ChapterContentValidator();
    private final VersionManager versions = new DefaultVersionManager();

    public ChapterInspector(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Copies the jar into the staging folder (named by its fingerprint) and inspects it there.
     *
     * @throws ChapterRejectedException with every reason found; the staged copy is removed
     */
    public ChapterPackage inspect(String fileName, byte[] jar, Path stagingDir, Collection<X509Certificate> trustedPublishers)
            throws ChapterRejectedException {
        if (jar.length == 0) {
            throw new ChapterRejectedException("the file is empty");
        }
        if (jar.length > MAX_JAR_BYTES) {
            throw new ChapterRejectedException("the file is larger than " + MAX_JAR_BYTES / (1024 * 1024) + " MB");
        }
        String sha256 = Fingerprint.sha256(jar);
        Path staged = stagingDir.resolve(sha256 + ".jar");
        try {
            Files.createDirectories(stagingDir);
            Path temporary = Files.createTempFile(stagingDir, ".upload-", ".tmp");
            Files.write(temporary, jar);
            Files.move(temporary, staged, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return inspectStaged(safeName(fileName), staged, jar.length, sha256, trustedPublishers);
        } catch (IOException e) {
            throw new ChapterRejectedException("the file could not be staged: " + e.getMessage());
        } catch (ChapterRejectedException e) {
            deleteQuietly(staged);
            throw e;
        }
    }

    private ChapterPackage inspectStaged(String fileName, Path staged, long size, String sha256,
            Collection<X509Certificate> trustedPublishers) throws ChapterRejectedException {
        try {
            ZipSafety.check(staged, size);
        } catch (ChapterRefusedException e) {
            throw new ChapterRejectedException(e.getMessage());
        }
        ChapterJar manifest;
        try {
            manifest = ChapterJar.inspect(staged);
        } catch (IOException | ChapterRefusedException | RuntimeException e) {
            throw new ChapterRejectedException("its manifest is missing or unreadable: " + e.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        checkRequires(manifest.requires(), reasons);
        Map<String, String> dependencies = dependencies(manifest.dependencies(), reasons);
        SignatureStatus signature = JarSignatures.verify(staged, trustedPublishers);
        ChapterContent content = null;
        try (FileSystem zip = FileSystems.newFileSystem(staged)) {
            content = reader.read(zip.getPath("/"));
            List<ChapterProblem> problems = validator.validate(content, manifest.pluginId(), HostFactsQueries.of(dsl, dependencies.keySet()));
            problems.forEach(problem -> reasons.add(problem.toString()));
        } catch (ChapterRefusedException e) {
            e.reasons().forEach(reason -> reasons.add(reason.toString()));
        } catch (IOException | RuntimeException e) {
            reasons.add("its files cannot be read: " + e.getMessage());
        }
        if (!reasons.isEmpty()) {
            throw new ChapterRejectedException(reasons);
        }
        return new ChapterPackage(fileName, staged, size, sha256, manifest.pluginId(), manifest.version(),
                manifest.requires(), dependencies, manifest.pluginClass(), signature, manifest.carriesClasses(), content);
    }

    /** {@code Plugin-Requires} must name a range with an upper bound that includes this host. */
    void checkRequires(String requires, List<String> reasons) {
        requiresProblems(requires, versions, reasons);
    }

    static void requiresProblems(String requires, VersionManager versions, List<String> reasons) {
        HostRequirement.problems(requires).forEach(reason -> reasons.add(reason.toString()));
    }

    /** The chapters {@code Plugin-Dependencies} names must be installed, at a version in range. */
    private Map<String, String> dependencies(String declared, List<String> reasons) {
        Map<String, String> dependencies = ChapterJar.parseDependencies(declared);
        dependencies.forEach((id, range) -> {
            String installed = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(id)).fetchOne(CHAPTER.PLUGIN_VERSION);
            if (installed == null) {
                reasons.add("it needs the chapter '" + id + "' (" + range + "), which is not installed");
            } else if (!range.equals("*") && !versions.checkVersionConstraint(installed, range)) {
                reasons.add("it needs the chapter '" + id + "' " + range + " but " + installed + " is installed");
            }
        });
        return dependencies;
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "chapter.jar" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the staging folder is removed at the next start
        }
    }
}
