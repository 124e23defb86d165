package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterFormatAccess;
import org.proximite.core.chapter.ChapterFormatAccess.JarFacts;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.SafeMessage;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.springframework.stereotype.Service;

/**
 * Everything the host checks in a chapter jar before it shows an install plan: size and archive
 * safety, the manifest, the host versions it accepts (with an upper bound), its dependencies
 * (installed, in range, without a cycle), its signature (a signed chapter is only upgraded by its
 * own signer), and its content.
 */
@Service
public class ChapterInspector {

    static final long MAX_JAR_BYTES = 50L * 1024 * 1024;

    private final DSLContext dsl;
    private final VersionManager versions = new DefaultVersionManager();

    public ChapterInspector(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Copies the jar into the staging folder (under its fingerprint) and inspects it there.
     *
     * @throws ChapterRefusedException with every reason found; the staged copy is removed
     */
    public ChapterPackage inspect(String fileName, byte[] jar, Path stagingDir, Collection<X509Certificate> trustedPublishers)
            throws ChapterRefusedException {
        if (jar.length == 0) {
            throw LifecycleReason.FILE_EMPTY.refusal();
        }
        if (jar.length > MAX_JAR_BYTES) {
            throw LifecycleReason.FILE_TOO_LARGE.refusal(MAX_JAR_BYTES / (1024 * 1024));
        }
        String sha256 = ChapterFormatAccess.sha256(jar);
        Path staged = null;
        try {
            // A name of its own per inspection: two uploads of one jar, or an apply beside an upload, never share a file.
            staged = Files.createTempFile(Files.createDirectories(stagingDir), sha256 + "-", ".jar");
            Files.write(staged, jar);
            return inspectStaged(safeName(fileName), staged, jar.length, sha256, trustedPublishers);
        } catch (IOException e) {
            deleteQuietly(staged);
            throw LifecycleReason.FILE_UNSTAGED.refusal(SafeMessage.of(e));
        } catch (ChapterRefusedException | RuntimeException e) {
            deleteQuietly(staged);
            throw e;
        }
    }

    private ChapterPackage inspectStaged(String fileName, Path staged, long size, String sha256,
            Collection<X509Certificate> trustedPublishers) throws ChapterRefusedException {
        List<Reason> unsafe = ChapterFormatAccess.archiveProblems(staged, size);
        if (!unsafe.isEmpty()) {
            throw new ChapterRefusedException(unsafe);
        }
        JarFacts manifest;
        try {
            manifest = ChapterFormatAccess.readJar(staged);
        } catch (ChapterRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw LifecycleReason.MANIFEST_UNREADABLE.refusal(SafeMessage.of(e));
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.addAll(ChapterFormatAccess.requiresProblems(manifest.requires()));
        checkDependencies(manifest.pluginId(), manifest.dependencies(), reasons);
        SignatureStatus signature = ChapterFormatAccess.verifySignature(staged, trustedPublishers);
        String signer = SignerFingerprint.of(staged);
        checkSigner(manifest.pluginId(), signer, reasons);
        ChapterContent content = null;
        try {
            content = ChapterFormatAccess.readContent(sha256, () -> {
                try (FileSystem zip = FileSystems.newFileSystem(staged)) {
                    return ChapterFormatAccess.readContent(zip.getPath("/"));
                }
            });
            ChapterFormatAccess.validate(dsl, sha256, content, manifest.pluginId(), manifest.dependencies().keySet())
                    .forEach(problem -> reasons.add(problem.reason()));
        } catch (ChapterRefusedException e) {
            reasons.addAll(e.reasons());
        } catch (IOException | RuntimeException e) {
            reasons.add(LifecycleReason.CONTENT_UNREADABLE.with(SafeMessage.of(e)));
        }
        if (!reasons.isEmpty()) {
            throw new ChapterRefusedException(reasons);
        }
        return new ChapterPackage(fileName, staged, size, sha256, manifest.pluginId(), manifest.version(), manifest.requires(),
                manifest.dependencies(), manifest.pluginClass(), signature, manifest.carriesClasses(), manifest.provider(), signer, content);
    }

    /** The chapters {@code Plugin-Dependencies} names must be installed, at a version in range, and form no cycle. */
    private void checkDependencies(String pluginId, Map<String, String> dependencies, List<Reason> reasons) {
        dependencies.forEach((id, range) -> {
            String installed = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(id)).fetchOne(CHAPTER.PLUGIN_VERSION);
            if (installed == null && !id.equals(pluginId)) {
                reasons.add(LifecycleReason.DEPENDENCY_MISSING.with(id, range));
            } else if (installed != null && !range.equals("*") && !versions.checkVersionConstraint(installed, range)) {
                reasons.add(LifecycleReason.DEPENDENCY_WRONG_VERSION.with(id, range, installed));
            }
        });
        DependencyCycles.through(dsl, pluginId, dependencies.keySet())
                .ifPresent(cycle -> reasons.add(LifecycleReason.DEPENDENCY_CYCLE.with(String.join(" → ", cycle))));
    }

    /** Once installed signed, a chapter only takes jars its signer signed. */
    private void checkSigner(String pluginId, String signer, List<Reason> reasons) {
        String installedSigner = dsl.select(CHAPTER_PACKAGE.SIGNER).from(CHAPTER_PACKAGE)
                .join(CHAPTER).on(CHAPTER.ID.eq(CHAPTER_PACKAGE.CHAPTER_ID))
                .where(CHAPTER_PACKAGE.CHAPTER_ID.eq(pluginId)).fetchOne(CHAPTER_PACKAGE.SIGNER);
        if (installedSigner == null || installedSigner.equals(signer)) {
            return;
        }
        reasons.add(signer == null
                ? LifecycleReason.SIGNER_MISSING.with(pluginId, shortFingerprint(installedSigner))
                : LifecycleReason.SIGNER_CHANGED.with(pluginId, shortFingerprint(installedSigner), shortFingerprint(signer)));
    }

    private static String shortFingerprint(String sha256) {
        return sha256.substring(0, 16) + "…";
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "chapter.jar" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover in the staging folder is removed at the next start
        }
    }
}
