package org.proximite.core.textimport.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * A text being repaired in several passes, which remembers where each changed part stood in the
 * original, so that the editor is shown each repair against the text they gave, whatever the
 * number of passes.
 */
final class EditedText {

    /** One edit of the current text: characters {@code [start, end)} become {@code replacement}. */
    record Edit(int start, int end, String replacement, boolean guessed) {}

    /** A stretch of the current text and the stretch {@code [from, to)} of the original it stands for. */
    private record Piece(int from, int to, String text, boolean changed, boolean guessed) {}

    private final String original;
    private List<Piece> pieces;
    private String current;

    EditedText(String original) {
        this.original = original;
        this.current = original;
        this.pieces = original.isEmpty() ? List.of() : List.of(new Piece(0, original.length(), original, false, false));
    }

    String current() {
        return current;
    }

    /**
     * Applies edits of the current text, sorted by position, not overlapping, none empty. An edit
     * that touches a part already changed takes that whole part in.
     */
    void apply(List<Edit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        List<Piece> source = new ArrayList<>(pieces);
        List<Piece> result = new ArrayList<>();
        int i = 0;
        int at = 0;
        for (Edit edit : edits) {
            while (i < source.size() && at + source.get(i).text().length() <= edit.start()) {
                at += source.get(i).text().length();
                result.add(source.get(i++));
            }
            Piece piece = source.get(i);
            int cut = edit.start() - at;
            if (!piece.changed() && cut > 0) {
                result.add(new Piece(piece.from(), piece.from() + cut, piece.text().substring(0, cut), false, false));
                piece = new Piece(piece.from() + cut, piece.to(), piece.text().substring(cut), false, false);
                at += cut;
                cut = 0;
            }
            String before = piece.text().substring(0, cut);
            int from = piece.from();
            boolean guessed = edit.guessed();
            while (at + piece.text().length() < edit.end()) {
                guessed |= piece.guessed();
                at += piece.text().length();
                piece = source.get(++i);
            }
            guessed |= piece.guessed();
            int keep = edit.end() - at;
            int to;
            String after = "";
            if (!piece.changed() && keep < piece.text().length()) {
                to = piece.from() + keep;
                source.set(i, new Piece(to, piece.to(), piece.text().substring(keep), false, false));
                at = edit.end();
            } else {
                to = piece.to();
                after = piece.text().substring(keep);
                at += piece.text().length();
                i++;
            }
            result.add(new Piece(from, to, before + edit.replacement() + after, true, guessed));
        }
        while (i < source.size()) {
            result.add(source.get(i++));
        }
        pieces = result;
        StringBuilder text = new StringBuilder(current.length());
        pieces.forEach(piece -> text.append(piece.text()));
        current = text.toString();
    }

    /** Each changed part, against the original. */
    List<Repair> repairs() {
        List<Repair> repairs = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.changed()) {
                repairs.add(new Repair(piece.from(), original.substring(piece.from(), piece.to()), piece.text(), piece.guessed()));
            }
        }
        return repairs;
    }
}
