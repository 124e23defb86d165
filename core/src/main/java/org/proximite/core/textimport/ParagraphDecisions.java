package org.proximite.core.textimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The editor's decisions applied to a preview, as the import view applies them card by card: each
 * paragraph accepted as repaired unless decided otherwise. Every decision is checked before any is
 * applied, and the first wrong one refused with its code.
 */
public final class ParagraphDecisions {

    private ParagraphDecisions() {}

    /**
     * The paragraphs to save, in the preview's order.
     *
     * @throws DecisionRefusedException for a paragraph that does not exist or is decided twice, a
     *     text written by hand that is empty, too long, or given without {@code EDIT}
     */
    public static List<ImportedParagraph> apply(ImportPreview preview, List<ParagraphDecision> decisions) {
        List<ImportedParagraph> paragraphs = new ArrayList<>(preview.paragraphs());
        Set<Integer> decided = new HashSet<>();
        for (ParagraphDecision decision : decisions) {
            int number = decision.number();
            if (number < 1 || number > paragraphs.size()) {
                throw new DecisionRefusedException(DecisionRefusedException.NO_SUCH_PARAGRAPH, number, paragraphs.size());
            }
            if (!decided.add(number)) {
                throw new DecisionRefusedException(DecisionRefusedException.TWICE, number);
            }
            ImportedParagraph paragraph = paragraphs.get(number - 1);
            if (decision.language() != null) {
                paragraph = paragraph.withLanguage(decision.language().isBlank() ? null : decision.language().strip());
            }
            if (decision.choice() == null) {
                throw new DecisionRefusedException(DecisionRefusedException.UNKNOWN, number, "-");
            }
            paragraphs.set(number - 1, switch (decision.choice()) {
                case ACCEPT -> withoutText(decision, paragraph);
                case REFUSE -> withoutText(decision, paragraph).asRefused();
                case EDIT -> edited(decision, paragraph);
            });
        }
        return paragraphs;
    }

    private static ImportedParagraph withoutText(ParagraphDecision decision, ImportedParagraph paragraph) {
        if (decision.text() != null) {
            throw new DecisionRefusedException(DecisionRefusedException.TEXT_WITHOUT_EDIT, decision.number());
        }
        return paragraph;
    }

    private static ImportedParagraph edited(ParagraphDecision decision, ImportedParagraph paragraph) {
        String raw = decision.text() == null ? "" : decision.text();
        if (raw.length() > HandWrittenText.MAX_LENGTH) {
            throw new DecisionRefusedException(DecisionRefusedException.TOO_LONG, decision.number(), raw.length(), HandWrittenText.MAX_LENGTH);
        }
        if (HandWrittenText.clean(raw).isEmpty()) {
            throw new DecisionRefusedException(DecisionRefusedException.EMPTY_EDIT, decision.number());
        }
        // The repaired text sent back unchanged is an acceptance, as in the view.
        return paragraph.withTextByHand(raw);
    }
}
