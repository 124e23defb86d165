package org.proximite.chapter.format.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Standard JAR signature verification: every file must be covered by the same signature, no file
 * may have changed since signing, and the signer must be a publisher this instance trusts.
 */
public final class JarSignatures {

    private JarSignatures() {}

    public static SignatureStatus verify(Path jar, Collection<X509Certificate> trustedPublishers) {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            List<JarEntry> entries = new ArrayList<>();
            boolean signed = false;
            for (Enumeration<JarEntry> all = file.entries(); all.hasMoreElements(); ) {
                JarEntry entry = all.nextElement();
                if (isSignatureFile(entry.getName())) {
                    signed = true;
                } else if (!entry.isDirectory() && !entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    entries.add(entry);
                }
            }
            if (!signed) {
                return SignatureStatus.UNSIGNED;
            }
            List<Certificate> signers = null;
            byte[] buffer = new byte[16 * 1024];
            for (JarEntry entry : entries) {
                // Reading an entry to its end is what checks its digest against the signature.
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) > 0) {
                        // only reading
                    }
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    return SignatureStatus.MODIFIED;
                }
                List<Certificate> chain = List.copyOf(codeSigners[0].getSignerCertPath().getCertificates());
                if (signers == null) {
                    signers = chain;
                } else if (!signers.equals(chain)) {
                    return SignatureStatus.MODIFIED;
                }
            }
            if (signers == null || signers.isEmpty()) {
                return SignatureStatus.MODIFIED;
            }
            return isTrusted(signers, trustedPublishers) ? SignatureStatus.SIGNED : SignatureStatus.INVALID;
        } catch (SecurityException e) {
            return SignatureStatus.MODIFIED;
        } catch (IOException e) {
            return SignatureStatus.INVALID;
        }
    }

    private static boolean isTrusted(List<Certificate> chain, Collection<X509Certificate> trusted) {
        for (Certificate certificate : chain) {
            if (certificate instanceof X509Certificate x509 && trusted.contains(x509)) {
                try {
                    ((X509Certificate) chain.getFirst()).checkValidity();
                    return true;
                } catch (CertificateException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && !upper.substring("META-INF/".length()).contains("/")
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }
}
