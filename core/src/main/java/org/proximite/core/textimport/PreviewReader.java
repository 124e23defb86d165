package org.proximite.core.textimport;

import java.util.List;
import org.proximite.core.textimport.language.ParagraphLanguage;
import org.proximite.core.textimport.reading.HtmlToMarkdown;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.TextBlocks;
import org.proximite.core.textimport.repair.MojibakeRepair;
import org.proximite.core.textimport.repair.RepairedText;

/** Decoded text made into the paragraphs of a preview: cut, repaired, each with its language. */
final class PreviewReader {

    /** Control characters nobody types, that text copied from elsewhere sometimes carries. */
    static final String STRAY_CONTROLS = "[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]";

    private PreviewReader() {}

    static ImportPreview read(String text, ImportFormat format) {
        String clean = text.replaceAll(STRAY_CONTROLS, "");
        List<String> blocks = format == ImportFormat.HTML ? HtmlToMarkdown.blocks(clean) : TextBlocks.of(clean);
        return new ImportPreview(blocks.stream().map(PreviewReader::paragraph).toList());
    }

    static ImportedParagraph paragraph(String block) {
        RepairedText repaired = MojibakeRepair.repair(block, read -> ParagraphLanguage.of(read).orElse(null));
        return new ImportedParagraph(block, repaired.text(), ParagraphLanguage.of(repaired.text()).orElse(null), repaired.repairs(),
                repaired.suspect());
    }
}
