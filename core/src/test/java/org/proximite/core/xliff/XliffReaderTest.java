package org.proximite.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader takes back what the writer wrote, whatever a translation tool did that XLIFF allows
 * (segments split, annotations, characters as code points), and refuses what it cannot take with
 * a code, without reading anything a document type would declare.
 */
class XliffReaderTest {

    private static final String HEAD = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"fr\" trgLang=\"en\">";

    private static XliffDocument read(String xml) {
        return XliffReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String units) {
        return HEAD + "<file id=\"practice:local-security-plan\">" + units + "</file></xliff>";
    }

    private static void refused(String xml, String code) {
        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(XliffRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void readsBackWhatItWroteMarkdownAndWhiteSpaceIncluded() {
        String body = "## Étapes\n\n1. Réunir le *conseil* & les <chefs>\n   de quartier\n\n```\ncode <b>\n```";
        byte[] written = XliffWriter.write("fr", "en", List.of(new XliffWriter.Item("practice:local-security-plan", 4, 0, List.of(
                new XliffWriter.Field("title", "Plan local", "Local plan", false),
                new XliffWriter.Field("body", body, null, false),
                new XliffWriter.Field("summary", "Résumé\u0001 sans contrôle", "Old summary", true)))));

        String xml = new String(written, StandardCharsets.UTF_8);
        assertThat(xml).contains("&lt;chefs&gt;", "&amp;", "subState=\"proximite:outdated\"", "xml:space=\"preserve\"")
                .doesNotContain("<chefs>", "<b>", "\u0001");

        XliffDocument document = XliffReader.read(written);
        assertThat(document.sourceLanguage()).isEqualTo("fr");
        assertThat(document.targetLanguage()).isEqualTo("en");
        XliffDocument.File file = document.files().getFirst();
        assertThat(file.id()).isEqualTo("practice:local-security-plan");
        assertThat(file.sourceVersion()).isEqualTo(4);
        assertThat(file.targetVersion()).isZero();
        assertThat(file.units()).extracting(XliffDocument.Unit::id).containsExactly("title", "body", "summary");
        assertThat(file.units().get(1).source()).isEqualTo(body);
        assertThat(file.units().get(1).target()).as("no target: untranslated").isNull();
        assertThat(file.units().getFirst().target()).isEqualTo("Local plan");
        assertThat(file.units().get(2).source()).isEqualTo("Résumé sans contrôle");
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void putsSegmentsSplitByATranslationToolBackTogether() {
        XliffDocument document = read(file("<unit id=\"body\"><segment><source>Un.</source><target>One.</target></segment>"
                + "<ignorable><source> </source></ignorable>"
                + "<segment><source>Deux <mrk id=\"m1\" type=\"term\">termes</mrk>.</source><target>Two <mrk id=\"m1\" type=\"term\">terms</mrk><cp hex=\"2026\"/></target></segment>"
                + "</unit>"));

        XliffDocument.Unit unit = document.files().getFirst().units().getFirst();
        assertThat(unit.source()).isEqualTo("Un. Deux termes.");
        assertThat(unit.target()).isEqualTo("One. Two terms…");
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void aUnitPartlyTranslatedOrWithInlineCodesIsAProblemOfThatUnit() {
        XliffDocument document = read(file("<unit id=\"body\"><segment><source>Un.</source><target>One.</target></segment>"
                + "<segment><source>Deux.</source></segment></unit>"
                + "<unit id=\"title\"><segment><source>Titre</source><target>Title <ph id=\"1\"/></target></segment></unit>"
                + "<unit id=\"summary\"><segment><source>Résumé</source><target xml:lang=\"de\">Zusammenfassung</target></segment></unit>"
                + "<unit><segment><source>Sans id</source></segment></unit>"));

        assertThat(document.files().getFirst().units().getFirst().target()).isNull();
        assertThat(document.problems()).extracting(XliffProblem::code, XliffProblem::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(XliffProblem.PARTLY_TRANSLATED, "body"),
                org.assertj.core.groups.Tuple.tuple(XliffProblem.INLINE_CODE, "title"),
                org.assertj.core.groups.Tuple.tuple(XliffProblem.WRONG_LANGUAGE, "summary"),
                org.assertj.core.groups.Tuple.tuple(XliffProblem.UNIT_WITHOUT_ID, null));
    }

    @Test
    void refusesWhatIsNotXliffTwo() {
        refused("", XliffRefusedException.NOT_XML);
        refused("Title;Titre\nSummary;Résumé", XliffRefusedException.NOT_XML);
        refused("<html><body>Bonjour</body></html>", XliffRefusedException.NOT_XLIFF);
        refused("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>", XliffRefusedException.VERSION);
        refused("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"fr\"><file id=\"a\"/></xliff>",
                XliffRefusedException.MISSING_ATTRIBUTE);
        refused(HEAD + "<file id=\"practice:x\"></file></xliff>", XliffRefusedException.EMPTY);
        refused(file("<unit id=\"title\"><segment><source>Titre</source>"), XliffRefusedException.MALFORMED);
        refused(file("<unit id=\"title\"/>") + "<trailing/>", XliffRefusedException.MALFORMED);
    }

    @Test
    void refusesADocumentTypeBeforeReadingWhatItDeclares() {
        refused("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" + file("<unit id=\"title\">"
                + "<segment><source>&secret;</source></segment></unit>"), XliffRefusedException.DOCTYPE);
        refused("<?xml version=\"1.0\"?><!DOCTYPE xliff SYSTEM \"http://192.0.2.1/xliff.dtd\">" + file("<unit id=\"t\"/>"),
                XliffRefusedException.DOCTYPE);
    }

    @Test
    void refusesTooMuchBeforeHoldingItAll() {
        refused(file("<unit id=\"u\"/>".repeat(XliffReader.MAX_UNITS + 1)), XliffRefusedException.TOO_MANY_UNITS);
        refused(file("<unit id=\"u\"><notes>" + "<note>".repeat(XliffReader.MAX_DEPTH) + "</note>".repeat(XliffReader.MAX_DEPTH)
                + "</notes></unit>"), XliffRefusedException.TOO_DEEP);
        byte[] huge = new byte[XliffReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> XliffReader.read(huge)).isInstanceOfSatisfying(XliffRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo(XliffRefusedException.TOO_LARGE);
            assertThat(e.isTooLarge()).isTrue();
        });
    }
}
