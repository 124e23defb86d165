package org.proximite.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.proximite.core.textimport.DecisionRefusedException;
import org.proximite.core.textimport.ParagraphDecision;
import org.proximite.core.textimport.reading.ImportFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an import with the editor's decisions, as JSON:
 * {@code {"text": "…", "format": "text" | "html", "decisions": [{"paragraph": 3, "decision": "refuse"},
 * {"paragraph": 4, "decision": "edit", "text": "…"}, {"paragraph": 9, "decision": "accept", "lang": "en"}]}}.
 * Paragraphs are numbered from 1 in the order the preview gives them; those without a decision
 * are accepted as repaired.
 */
record DecidedImportJson(String text, String format, List<DecisionJson> decisions) {

    /** One paragraph's decision; {@code lang} corrects its language (empty: not known), absent keeps the one found. */
    record DecisionJson(Integer paragraph, String decision, String text, String lang) {}

    /** A misspelt key would otherwise be dropped without a word, and its decision with it. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** @throws DecisionRefusedException with {@link DecisionRefusedException#MALFORMED} when the body is not this JSON */
    static DecidedImportJson read(byte[] body) {
        try {
            DecidedImportJson read = JSON.readValue(body, DecidedImportJson.class);
            if (read == null) {
                throw new DecisionRefusedException(DecisionRefusedException.MALFORMED, "null");
            }
            return read;
        } catch (JacksonException e) {
            String why = String.valueOf(e.getOriginalMessage());
            throw new DecisionRefusedException(DecisionRefusedException.MALFORMED, why.length() > 200 ? why.substring(0, 200) + "…" : why);
        }
    }

    ImportFormat importFormat() {
        String value = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "text", "markdown" -> ImportFormat.TEXT;
            case "html" -> ImportFormat.HTML;
            default -> ImportFormat.of(value);
        };
    }

    String textOrEmpty() {
        return text == null ? "" : text;
    }

    /** @throws DecisionRefusedException for a decision that is none of accept, refuse and edit */
    List<ParagraphDecision> paragraphDecisions() {
        List<ParagraphDecision> list = new ArrayList<>();
        for (DecisionJson decision : decisions == null ? List.<DecisionJson>of() : decisions) {
            int number = decision.paragraph() == null ? 0 : decision.paragraph();
            String choice = decision.decision() == null ? "" : decision.decision().strip().toLowerCase(Locale.ROOT);
            list.add(new ParagraphDecision(number, switch (choice) {
                case "accept" -> ParagraphDecision.Choice.ACCEPT;
                case "refuse" -> ParagraphDecision.Choice.REFUSE;
                case "edit" -> ParagraphDecision.Choice.EDIT;
                default -> throw new DecisionRefusedException(DecisionRefusedException.UNKNOWN, number, decision.decision() == null ? "-" : decision.decision());
            }, decision.text(), decision.lang()));
        }
        return list;
    }
}
