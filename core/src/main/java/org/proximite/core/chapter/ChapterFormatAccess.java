package org.proximite.core.chapter;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import org.jooq.DSLContext;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.content.ChapterContentValidator;
import org.proximite.chapter.format.jar.ChapterJar;
import org.proximite.chapter.format.jar.Fingerprint;
import org.proximite.chapter.format.jar.HostRequirement;
import org.proximite.chapter.format.jar.JarSignatures;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.chapter.format.jar.ZipSafety;

/**
 * The chapter format's checks, as the installing and running packages call them: the one class
 * of those packages that reaches into the chapter format module, so that a change of the format's
 * API changes this class and nothing else.
 */
public final class ChapterFormatAccess {

    /** Contents read lately, by their jar's fingerprint. */
    private static final RecentlyRead<String, ChapterContent> CONTENTS = new RecentlyRead<>(4);

    /** Checks made lately: same content, same chapter, same facts of this database give the same problems. */
    private static final RecentlyRead<CheckedContent, List<ChapterProblem>> CHECKS = new RecentlyRead<>(8);

    private record CheckedContent(String sha256, String pluginId, HostFacts facts) {}

    /** Reads a chapter's content when this node has not read the jar of this fingerprint lately. */
    @FunctionalInterface
    public interface ContentSource {
        ChapterContent read() throws IOException, ChapterRefusedException;
    }

    private ChapterFormatAccess() {}

    /**
     * What the manifest of a chapter jar says, and its fingerprint, before PF4J or any of its
     * code touches it.
     *
     * @param dependencies chapter id to the versions it accepts ({@code *} for any)
     * @param provider its {@code Plugin-Provider}, or null
     */
    public record JarFacts(Path path, String sha256, String pluginId, String version, String requires, String pluginClass,
            Map<String, String> dependencies, boolean carriesClasses, String provider) {

        /** Whether the jar carries code: classes, an extension index, or a Plugin-Class. */
        public boolean hasCode() {
            return carriesClasses || pluginClass != null && !pluginClass.isBlank() && !"org.pf4j.Plugin".equals(pluginClass.strip());
        }

        public String fileName() {
            return path.getFileName().toString();
        }
    }

    /** Reads the manifest and hashes the file; fails for a file that is not a chapter jar, with the format's reasons. */
    public static JarFacts readJar(Path jar) throws IOException, ChapterRefusedException {
        ChapterJar facts = ChapterJar.inspect(jar);
        String provider;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            provider = file.getManifest().getMainAttributes().getValue("Plugin-Provider");
        }
        return new JarFacts(jar, facts.sha256(), facts.pluginId(), facts.version(), facts.requires(), facts.pluginClass(),
                facts.dependencyRanges(), facts.carriesClasses(), provider == null || provider.isBlank() ? null : provider.strip());
    }

    public static String sha256(byte[] bytes) {
        return Fingerprint.sha256(bytes);
    }

    public static String sha256(Path file) throws IOException {
        return ChapterJar.sha256(file);
    }

    public static SignatureStatus verifySignature(Path jar, Collection<X509Certificate> trustedPublishers) {
        return JarSignatures.verify(jar, trustedPublishers);
    }

    /** Why the archive is unsafe to open (zip slip, zip bomb...): empty when it is safe. */
    public static List<Reason> archiveProblems(Path jar, long size) {
        try {
            ZipSafety.check(jar, size);
            return List.of();
        } catch (ChapterRefusedException e) {
            return e.reasons();
        }
    }

    /** Why {@code Plugin-Requires} does not fit this host (no upper bound, excludes it...): empty when it fits. */
    public static List<Reason> requiresProblems(String requires) {
        return HostRequirement.problems(requires);
    }

    /** Reads the content of a chapter whose files are under {@code root}. */
    public static ChapterContent readContent(Path root) throws ChapterRefusedException {
        return new ChapterContentReader().read(root);
    }

    /** What the content states without a source, for an editor to look at: accepted, not refused. */
    public static List<Reason> warnings(ChapterContent content) {
        return new ChapterContentValidator().warnings(content).stream().map(ChapterProblem::reason).toList();
    }

    /** The content of the jar of this fingerprint: read by {@code source}, or as this node read it lately. */
    public static ChapterContent readContent(String sha256, ContentSource source) throws IOException, ChapterRefusedException {
        ChapterContent content = CONTENTS.get(sha256);
        if (content == null) {
            content = source.read();
            CONTENTS.put(sha256, content);
        }
        return content;
    }

    /**
     * Checks the content of the jar of this fingerprint against what this database knows, for a
     * chapter depending on {@code dependencyIds}; the facts are read every time, the check is
     * made again only when they or the content differ from a check made lately.
     */
    public static List<ChapterProblem> validate(DSLContext dsl, String sha256, ChapterContent content, String pluginId, Set<String> dependencyIds) {
        HostFacts facts = HostFactsQueries.of(dsl, dependencyIds);
        CheckedContent key = new CheckedContent(sha256, pluginId, facts);
        List<ChapterProblem> problems = CHECKS.get(key);
        if (problems == null) {
            problems = List.copyOf(new ChapterContentValidator().validate(content, pluginId, facts));
            CHECKS.put(key, problems);
        }
        return problems;
    }
}
