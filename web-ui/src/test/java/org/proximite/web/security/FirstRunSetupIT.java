package org.proximite.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.account.AccountDirectory;
import org.proximite.core.account.FirstAdmin;
import org.proximite.core.editing.InvalidEditException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A first start without PROXIMITE_ADMIN_PASSWORD: no default password, one setup link, usable once. */
@SpringBootTest(properties = "proximite.admin.password=")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class FirstRunSetupIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @Autowired
    private FirstAdmin firstAdmin;

    @Autowired
    private AccountDirectory directory;

    @Autowired
    private FirstRunSetup setup;

    @Test
    void theStartPrintsOneSetupLinkThatWorksOnce(CapturedOutput output) throws Exception {
        if (!(output.getOut() + output.getErr()).contains("/setup?token=")) {
            // The application started before the output was captured: run the start-up step again, as a restart would.
            setup.run(null);
        }
        Matcher links = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]+)").matcher(output.getOut() + output.getErr());
        assertThat(links.find()).isTrue();
        String token = links.group(1);
        assertThat(links.find()).as("the link is printed once").isFalse();
        assertThat(directory.find("admin")).isEmpty();

        assertThat(firstAdmin.complete(token, "mariama", "Mariama Diallo", "the council meets at nine")).isEqualTo("mariama");

        assertThat(directory.find("mariama").orElseThrow().enabled()).isTrue();
        assertThatThrownBy(() -> firstAdmin.complete(token, "intruder", "", "the council meets at ten")).isInstanceOf(InvalidEditException.class);
        setup.run(null);
        assertThat(Pattern.compile("/setup\\?token=").matcher(output.getOut() + output.getErr()).results().count()).isEqualTo(1);
    }
}
