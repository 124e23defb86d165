package org.proximite.web.testing;

import org.proximite.core.chapter.installing.Answers;
import org.proximite.web.chapter.ChapterAdministration;

/** The chapters shipped inside the application, installed by an admin as the chapters page does. */
public final class ShippedChapters {

    private ShippedChapters() {}

    /** Installs the Guinea-Bissau chapter, which brings Portuguese, for content and for the interface. */
    public static void installGuineaBissau(ChapterAdministration administration) throws Exception {
        byte[] jar;
        try (var in = ShippedChapters.class.getResourceAsStream("/shipped-chapters/guinea-bissau.jar")) {
            jar = in.readAllBytes();
        }
        administration.apply(administration.prepare("guinea-bissau.jar", jar, Drafts.ADMIN).id(), Answers.none(), Drafts.ADMIN);
    }
}
