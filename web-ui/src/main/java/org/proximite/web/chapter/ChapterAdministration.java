package org.proximite.web.chapter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.actor.Actor;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.AppliedPlan;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.web.ProximiteProperties;
import org.proximite.web.i18n.ChapterMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The chapter lifecycle as this installation runs it: its folders under the data dir, and the
 * publishers it trusts (X.509 certificates, {@code .pem} or {@code .crt}, in
 * {@code <data dir>/trusted-publishers/}). Used by the admins' page and the admin API alike.
 */
@Service
public class ChapterAdministration {

    private static final Logger log = LoggerFactory.getLogger(ChapterAdministration.class);

    private final ChapterLifecycle lifecycle;
    private final ChapterLoader loader;
    private final ChapterMessages interfaceTexts;
    private final ChapterFolders folders;
    private final Path trustedPublishers;

    public ChapterAdministration(ChapterLifecycle lifecycle, ChapterLoader loader, ChapterMessages interfaceTexts, ProximiteProperties properties) {
        this.lifecycle = lifecycle;
        this.loader = loader;
        this.interfaceTexts = interfaceTexts;
        this.folders = ChapterFolders.in(properties.dataDir());
        this.trustedPublishers = properties.dataDir().toAbsolutePath().normalize().resolve("trusted-publishers");
    }

    public InstallPlan prepare(String fileName, byte[] jar, Actor actor) throws ChapterRefusedException {
        return lifecycle.prepare(fileName, jar, folders, trustedPublishers(), actor);
    }

    public AppliedPlan apply(String planId, Answers answers, Actor actor) throws ChapterRefusedException {
        try {
            return lifecycle.apply(planId, answers, folders, actor);
        } finally {
            interfaceTexts.refresh();
        }
    }

    public void disable(String chapterId, Actor actor) throws ChapterRefusedException {
        lifecycle.disable(chapterId, actor);
        interfaceTexts.refresh();
    }

    public void enable(String chapterId, Actor actor) throws ChapterRefusedException {
        lifecycle.enable(chapterId, actor);
        interfaceTexts.refresh();
    }

    public void uninstall(String chapterId, boolean keepContent, Actor actor) throws ChapterRefusedException {
        lifecycle.uninstall(chapterId, keepContent, folders, actor);
        interfaceTexts.refresh();
    }

    /** Jars this instance found in its plugins folder without a record in the database, moved aside, newest first. */
    public List<String> setAsideFiles() {
        return loader.setAsideFiles();
    }

    public void allowCode(String pluginId, String sha256, Actor actor) {
        lifecycle.allowCode(pluginId, sha256, actor);
    }

    /** Read at each upload, so that adding a certificate needs no restart. */
    private List<X509Certificate> trustedPublishers() {
        List<X509Certificate> certificates = new ArrayList<>();
        if (!Files.isDirectory(trustedPublishers)) {
            return certificates;
        }
        try (Stream<Path> files = Files.list(trustedPublishers)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files.filter(f -> f.toString().endsWith(".pem") || f.toString().endsWith(".crt")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    certificates.add((X509Certificate) factory.generateCertificate(in));
                } catch (CertificateException e) {
                    log.warn("Trusted publisher file {} is not an X.509 certificate: {}", file, e.getMessage());
                }
            }
        } catch (IOException | CertificateException e) {
            log.warn("The trusted publishers in {} cannot be read: {}", trustedPublishers, e.getMessage());
        }
        return certificates;
    }
}
