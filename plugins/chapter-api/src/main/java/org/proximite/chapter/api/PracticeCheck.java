package org.proximite.chapter.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * <b>Incubating.</b> A code chapter's check of a practice's text, run when an editor saves it: the
 * warnings are shown to the editor, nothing is refused. The host gives each call 2 seconds; a
 * check that throws or does not answer in time is cut off and its chapter marked failed, and the
 * other checks keep working. A chapter's code runs only when it is signed by a publisher the site
 * trusts, or an admin allowed that exact jar.
 */
public interface PracticeCheck extends ExtensionPoint {

    /**
     * @param language the text's language code
     * @return warnings for the editor, in that language or in English; empty when all is well
     */
    List<String> check(String language, PracticeEntry.PracticeText text);
}
