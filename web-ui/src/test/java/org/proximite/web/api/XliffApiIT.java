package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.account.Accounts;
import org.proximite.core.xliff.XliffReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A translator's tool over HTTP: the selection comes as an XLIFF attachment, the translated file
 * goes back and the answer is the report; what cannot be imported answers 413 or 422 with a code
 * and a message in the request's language, and nothing is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.chapters.present=guinea-bissau")
@DirtiesContext
class XliffApiIT {

    private static final String EXPORT = "/api/v1/xliff?items=practice:local-security-plan,initiative:share-fair&from=fr&to=en";
    private static final String XLIFF = "application/xliff+xml";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    @BeforeEach
    void createTheAccounts() {
        ApiTestAccounts.createIn(accounts);
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private String exported(String user, String path) throws Exception {
        HttpResponse<byte[]> response = as(user).download(path);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private JsonNode field(JsonNode report, String file, String unit) {
        for (JsonNode item : report.get("items")) {
            if (item.get("file").asString().equals(file)) {
                for (JsonNode field : item.get("fields")) {
                    if (field.get("unit").asString().equals(unit)) {
                        return field;
                    }
                }
            }
        }
        throw new AssertionError("No " + file + " " + unit + " in " + report);
    }

    @Test
    void theSelectionComesAsAnXliffAttachmentAndTheTranslationGoesBackAsDrafts() throws Exception {
        HttpResponse<byte[]> download = as("tom").download(EXPORT);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith(XLIFF);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains("proximite-2-items.fr-en.xlf");
        assertThat(download.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String file = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(file).contains("<file id=\"practice:local-security-plan\"", "<target>Local security plan</target>");
        String translated = file.replace("<target>Local security plan</target>", "<target>Local safety plan</target>");

        HttpResponse<String> imported = as("tom").post("/api/v1/xliff", XLIFF, translated.getBytes(StandardCharsets.UTF_8), true);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = as("tom").read(imported);
        assertThat(report.get("code").asString()).isEqualTo("xliff.imported");
        assertThat(report.get("written").asBoolean()).isTrue();
        assertThat(report.get("targetLanguage").asString()).isEqualTo("en");
        assertThat(report.get("totals").get("changed").asInt()).isEqualTo(1);
        assertThat(field(report, "practice:local-security-plan", "title").get("outcome").asString()).isEqualTo("CHANGED");
        assertThat(field(report, "initiative:share-fair", "title").get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(report.get("message").asString()).contains("1");
        JsonNode english = as("awa").read(as("awa").get("/api/v1/practices/local-security-plan")).get("texts").get("en");
        assertThat(english.get("state").asString()).isEqualTo("DRAFT");
        assertThat(english.get("fields").get("title").asString()).isEqualTo("Local safety plan");
        assertThat(as(null).read(as(null).get("/api/v1/practices/local-security-plan?lang=en")).get("title").asString())
                .as("readers keep the published text").isEqualTo("Local security plan");

        HttpResponse<String> again = as("tom").post("/api/v1/xliff", XLIFF, translated.getBytes(StandardCharsets.UTF_8), true);
        assertThat(as("tom").read(again).get("totals").get("changed").asInt()).as("the same file again changes nothing").isZero();
    }

    @Test
    void onlySignedInPeopleWithARoleExportAndImportAndAnImportCarriesTheToolsHeader() throws Exception {
        String file = exported("awa", EXPORT);

        assertThat(as(null).download(EXPORT).statusCode()).isEqualTo(401);
        assertThat(as(null).post("/api/v1/xliff", XLIFF, file.getBytes(StandardCharsets.UTF_8), true).statusCode()).isEqualTo(401);
        assertThat(as("tom").post("/api/v1/xliff", XLIFF, file.getBytes(StandardCharsets.UTF_8), false).statusCode())
                .as("a cross-site form cannot send X-Requested-With").isEqualTo(403);
    }

    @Test
    void aTranslatorOfAnotherLanguageGets422WithTheRefusalOfEachItemAndNothingIsSaved() throws Exception {
        String file = exported("awa", "/api/v1/xliff?kind=practice&slugs=local-security-plan&from=en&to=fr")
                .replace("<target>Plan local de sécurité</target>", "<target>Plan de sécurité local</target>");

        HttpResponse<String> refused = as("tom").post("/api/v1/xliff", XLIFF, file.getBytes(StandardCharsets.UTF_8), true);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode report = as("tom").read(refused);
        assertThat(report.get("code").asString()).isEqualTo("xliff.invalid");
        assertThat(report.get("written").asBoolean()).isFalse();
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("denied.language");
        assertThat(problem.get("file").asString()).isEqualTo("practice:local-security-plan");
        assertThat(problem.get("parameters").get(0).asString()).isEqualTo("fr");
        assertThat(problem.get("message").asString()).contains("fr");
        assertThat(as("awa").read(as("awa").get("/api/v1/practices/local-security-plan")).get("texts").get("fr").get("fields").get("title").asString())
                .isEqualTo("Plan local de sécurité");
    }

    @Test
    void aBadFileIsRefusedWithACodeAndAMessageInTheRequestsLanguage() throws Exception {
        String file = exported("awa", EXPORT);
        ApiClient tom = as("tom");
        JsonNode before = as("awa").read(as("awa").get("/api/v1/initiatives/share-fair")).get("texts").get("en");

        HttpResponse<String> notXml = tom.post("/api/v1/xliff", "text/plain", "title;Local safety plan".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notXml.statusCode()).isEqualTo(422);
        assertThat(tom.read(notXml).get("code").asString()).isEqualTo("xliff.refused.notXml");
        assertThat(tom.read(notXml).get("message").asString()).contains("XML");

        byte[] huge = new byte[XliffReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> tooLarge = tom.post("/api/v1/xliff", XLIFF, huge, true);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tom.read(tooLarge).get("code").asString()).isEqualTo("xliff.refused.tooLarge");

        String doctype = file.replaceFirst("<xliff ", "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xliff ");
        HttpResponse<String> hostile = tom.post("/api/v1/xliff", XLIFF, doctype.getBytes(StandardCharsets.UTF_8), true);
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(tom.read(hostile).get("code").asString()).isEqualTo("xliff.refused.doctype");

        String unknownField = file.replace("<target>2019 Share Fair</target>", "<target>The 2019 Share Fair</target>")
                .replace("<unit id=\"cost\">", "<unit id=\"motto\">");
        HttpResponse<String> invalid = send(tom, unknownField, "fr");
        assertThat(invalid.statusCode()).isEqualTo(422);
        JsonNode report = tom.read(invalid);
        assertThat(report.get("message").asString()).startsWith("Rien n’a été importé");
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("xliff.problem.unknownField");
        assertThat(problem.get("unit").asString()).isEqualTo("motto");
        assertThat(problem.get("message").asString()).startsWith("Ce n’est pas un champ");
        assertThat(field(report, "initiative:share-fair", "title").get("outcome").asString()).as("what would have been written")
                .isEqualTo("CHANGED");
        assertThat(as("awa").read(as("awa").get("/api/v1/initiatives/share-fair")).get("texts").get("en")).as("nothing was saved").isEqualTo(before);

        HttpResponse<String> nothingChosen = tom.get("/api/v1/xliff?from=fr&to=en");
        assertThat(nothingChosen.statusCode()).isEqualTo(422);
        assertThat(tom.read(nothingChosen).get("code").asString()).isEqualTo("xliff.export.nothingChosen");
    }

    private HttpResponse<String> send(ApiClient client, String body, String language) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/xliff"))
                .header("Content-Type", XLIFF).header("X-Requested-With", "test-tool").header("Accept-Language", language)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (client.user() + ":" + ApiTestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
