package org.proximite.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.testing.TestDatabase;

/**
 * A malformed, huge or hostile file: each is refused with a code that says what is wrong, and the
 * database is left exactly as it was (no revision, no outbox event, the texts at their versions).
 * Every file here also carries a good translation, which must not be written either.
 */
class XliffHostileInputsIT {

    @TempDir
    static Path dataDir;

    private static final Map<TestDatabase, XliffIT.Work> INSTANCES = new EnumMap<>(TestDatabase.class);

    private XliffIT.Work work;
    private XliffIT.Stored before;

    /** One instance per database for the class: nothing here may change it, and each test checks that. */
    private XliffIT.Work on(TestDatabase database) {
        work = INSTANCES.computeIfAbsent(database, db -> XliffIT.Work.withGuinea(db, dataDir.resolve(db.name())));
        before = work.stored();
        return work;
    }

    @AfterEach
    void databaseIsUnchanged() {
        if (work != null) {
            assertThat(work.stored()).as("nothing was written").isEqualTo(before);
        }
    }

    /** A file with a good translation of the practice's title, to prove that nothing at all is written. */
    private byte[] goodFile() {
        return XliffFiles.translated(work.export(XliffIT.PLAN, XliffIT.FAIR), XliffIT.PLAN.fileId(), "title", "Local safety plan");
    }

    private String goodXml() {
        return new String(goodFile(), StandardCharsets.UTF_8);
    }

    private void refused(byte[] file, String code, Object... arguments) {
        assertThatThrownBy(() -> work.xliff().importFile(file, XliffIT.TRANSLATOR_EN)).isInstanceOfSatisfying(XliffRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }

    private void refused(String file, String code, Object... arguments) {
        refused(file.getBytes(StandardCharsets.UTF_8), code, arguments);
    }

    private XliffReport reported(String file) {
        XliffReport report = work.xliff().importFile(file.getBytes(StandardCharsets.UTF_8), XliffIT.TRANSLATOR_EN);
        assertThat(report.written()).isFalse();
        return report;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void notXml(TestDatabase database) {
        on(database);
        refused("title;Local safety plan\nsummary;A plan\n", XliffRefusedException.NOT_XML);
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, XliffRefusedException.NOT_XML);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDoctypeWithAnExternalEntity(TestDatabase database) throws Exception {
        on(database);
        Path secret = Files.writeString(dataDir.resolve("secret.txt"), "the secret");
        String xml = goodXml().replaceFirst("<xliff ", "<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><xliff ")
                .replace("Local safety plan", "&secret;");

        refused(xml, XliffRefusedException.DOCTYPE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEntityExpansionBomb(TestDatabase database) {
        on(database);
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = goodXml().replaceFirst("<xliff ", "<!DOCTYPE xliff [" + entities + "]><xliff ").replace("Local safety plan", "&lol9;");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(xml, XliffRefusedException.DOCTYPE));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherVersionOfXliff(TestDatabase database) {
        on(database);
        refused(goodXml().replace("version=\"2.0\"", "version=\"2.1\""), XliffRefusedException.VERSION, "2.1");
        refused("<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file original=\"plan\" "
                + "source-language=\"fr\" target-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"title\"><source>Plan</source>"
                + "<target>Plan</target></trans-unit></body></file></xliff>", XliffRefusedException.VERSION, "1.2");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownLanguage(TestDatabase database) {
        on(database);
        refused(goodXml().replace("trgLang=\"en\"", "trgLang=\"de\""), XliffRefusedException.UNKNOWN_LANGUAGE, "de");
        refused(goodXml().replace("trgLang=\"en\"", "trgLang=\"fr\""), XliffRefusedException.SAME_LANGUAGE, "fr");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownItem(TestDatabase database) {
        on(database);
        XliffReport report = reported(goodXml().replace("initiative:share-fair", "initiative:no-such-fair"));

        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::file, XliffProblem::arguments)
                .containsExactly(tuple(XliffProblem.UNKNOWN_ITEM, "initiative:no-such-fair", java.util.List.of("initiative", "no-such-fair")));
        XliffReport badId = reported(goodXml().replace("initiative:share-fair", "event:share-fair"));
        assertThat(badId.problems()).extracting(XliffProblem::code).containsExactly(XliffProblem.FILE_ID);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownField(TestDatabase database) {
        on(database);
        XliffReport report = reported(goodXml().replace("<unit id=\"cost\">", "<unit id=\"motto\">"));

        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::file, XliffProblem::unit)
                .containsExactly(tuple(XliffProblem.UNKNOWN_FIELD, XliffIT.PLAN.fileId(), "motto"));
        assertThat(report.problems().getFirst().arguments().getFirst().toString()).contains("title", "summary", "cost");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTextOverItsFieldsLimit(TestDatabase database) {
        on(database);
        byte[] file = XliffFiles.translated(goodFile(), XliffIT.FAIR.fileId(), "title", "x".repeat(300));

        XliffReport report = work.xliff().importFile(file, XliffIT.TRANSLATOR_EN);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::file, XliffProblem::unit, XliffProblem::arguments)
                .containsExactly(tuple("validation.tooLong", XliffIT.FAIR.fileId(), "title", java.util.List.of(200, 300)));
        assertThat(report.items().getFirst().fields().getFirst().outcome()).as("the good change is not written").isEqualTo(XliffReport.Outcome.CHANGED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOversizedFile(TestDatabase database) {
        on(database);
        byte[] padding = new byte[XliffReader.MAX_BYTES];
        Arrays.fill(padding, (byte) ' ');
        String xml = goodXml();
        int end = xml.lastIndexOf("</xliff>");
        byte[] huge = (xml.substring(0, end) + new String(padding, StandardCharsets.US_ASCII) + "</xliff>").getBytes(StandardCharsets.UTF_8);

        refused(huge, XliffRefusedException.TOO_LARGE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTruncatedFile(TestDatabase database) {
        on(database);
        byte[] file = goodFile();

        assertThatThrownBy(() -> work.xliff().importFile(Arrays.copyOf(file, file.length / 2), XliffIT.TRANSLATOR_EN))
                .isInstanceOfSatisfying(XliffRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(XliffRefusedException.MALFORMED);
                    assertThat((Integer) e.arguments().getFirst()).as("the line where reading stopped").isPositive();
                });
    }
}
