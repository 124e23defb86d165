package org.proximite.core.textimport.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text or Markdown cut into paragraphs. Blank lines part paragraphs; so does a line end
 * after a sentence, a heading or a short title line, as text copied from a web page has one
 * paragraph a line. A line broken in the middle of a sentence (text wrapped by an editor) is
 * joined to the next. Lists, quotes and fenced code stay one block each.
 */
public final class TextBlocks {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+.*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+.*");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>.*");
    /** How a paragraph's last line ends when the line end ends the paragraph too. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;…»”\"')\\]]\\s*$");

    private TextBlocks() {}

    public static List<String> of(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        Kind kind = Kind.NONE;
        boolean fenced = false;
        String previous = "";
        for (String line : normal.split("\n", -1)) {
            String stripped = line.strip();
            if (fenced) {
                block.append('\n').append(line);
                if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                    fenced = false;
                    kind = close(blocks, block);
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                close(blocks, block);
                block.append(line);
                fenced = true;
                kind = Kind.CODE;
                continue;
            }
            if (stripped.isEmpty()) {
                kind = close(blocks, block);
                continue;
            }
            Kind lineKind = HEADING.matcher(stripped).matches() ? Kind.HEADING
                    : LIST_ITEM.matcher(line).matches() ? Kind.LIST
                    : QUOTE.matcher(line).matches() ? Kind.QUOTE
                    : Kind.TEXT;
            boolean continues = switch (lineKind) {
                case HEADING -> false;
                // an indented line under a list item belongs to it
                case LIST -> kind == Kind.LIST;
                case QUOTE -> kind == Kind.QUOTE;
                case TEXT -> kind == Kind.LIST && Character.isWhitespace(line.charAt(0))
                        || kind == Kind.QUOTE
                        || kind == Kind.TEXT && !endsParagraph(previous, block, stripped);
                default -> false;
            };
            if (!continues) {
                close(blocks, block);
                kind = lineKind;
            }
            if (!block.isEmpty()) {
                block.append(kind == Kind.TEXT ? " " : "\n");
            }
            block.append(kind == Kind.TEXT ? stripped : line.stripTrailing());
            if (lineKind == Kind.HEADING) {
                kind = close(blocks, block);
            }
            previous = stripped;
        }
        close(blocks, block);
        return blocks;
    }

    private enum Kind { NONE, TEXT, HEADING, LIST, QUOTE, CODE }

    /**
     * Whether the paragraph read so far ends where its last line ends. A long line is a paragraph
     * of its own, and so is the line before it (text copied from a web page); a line the next one carries on in small letters
     * does not end; otherwise a paragraph ends after a sentence, or after a short line (a title
     * above its text). Lines of about 60 to 100 characters without a full stop were wrapped.
     */
    private static boolean endsParagraph(String lastLine, StringBuilder block, String next) {
        if (lastLine.length() > 100 || next.length() > 100) {
            return true;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return false;
        }
        return ENDS_SENTENCE.matcher(block).matches() || lastLine.length() < 60;
    }

    private static Kind close(List<String> blocks, StringBuilder block) {
        String text = block.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(block.toString().stripTrailing().replaceFirst("^\\s+(?=[^\\s])", ""));
        }
        block.setLength(0);
        return Kind.NONE;
    }
}
