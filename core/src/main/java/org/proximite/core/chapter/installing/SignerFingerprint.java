package org.proximite.core.chapter.installing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Who signed a jar, as the SHA-256 of the signer's certificate, whether or not this site trusts
 * that signer: an installed signed chapter is only upgraded by a jar of the same signer. Null when
 * the jar is unsigned, or when its signature does not cover every file the same way.
 */
final class SignerFingerprint {

    private SignerFingerprint() {}

    static String of(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Certificate signer = null;
            byte[] buffer = new byte[16 * 1024];
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || isSignatureMaterial(entry.getName())) {
                    continue;
                }
                // Reading an entry to its end is what verifies it against the signature.
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) > 0) {
                        // only reading
                    }
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return null;
                }
                Certificate first = signers[0].getSignerCertPath().getCertificates().getFirst();
                if (signer != null && !signer.equals(first)) {
                    return null;
                }
                signer = first;
            }
            return signer == null ? null : sha256(signer.getEncoded());
        } catch (IOException | SecurityException | CertificateEncodingException e) {
            return null;
        }
    }

    private static boolean isSignatureMaterial(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals(JarFile.MANIFEST_NAME) || upper.startsWith("META-INF/") && !upper.substring("META-INF/".length()).contains("/")
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
