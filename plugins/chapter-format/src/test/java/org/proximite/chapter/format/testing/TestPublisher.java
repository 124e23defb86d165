package org.proximite.chapter.format.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * A chapter publisher for tests: a key pair made with the JDK's keytool, and standard JAR
 * signing with the JDK's signer API, as a real publisher signs with jarsigner.
 */
public final class TestPublisher {

    private static final char[] PASSWORD = "test-only".toCharArray();

    private final PrivateKey key;
    private final CertPath certificates;

    private TestPublisher(PrivateKey key, CertPath certificates) {
        this.key = key;
        this.certificates = certificates;
    }

    public static TestPublisher create(Path dir, String name) throws Exception {
        Path store = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "publisher", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=" + name, "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        PrivateKey key = (PrivateKey) keyStore.getKey("publisher", PASSWORD);
        Certificate[] chain = keyStore.getCertificateChain("publisher");
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(chain));
        return new TestPublisher(key, path);
    }

    public X509Certificate certificate() {
        return (X509Certificate) certificates.getCertificates().getFirst();
    }

    /** Signs {@code jar} into {@code signed}. */
    public Path sign(Path jar, Path signed) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            new JarSigner.Builder(key, certificates).build().sign(in, out);
        }
        return signed;
    }
}
