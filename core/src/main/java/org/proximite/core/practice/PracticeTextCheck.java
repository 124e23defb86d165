package org.proximite.core.practice;

import java.util.List;
import org.proximite.core.content.ItemText;

/**
 * Checks a practice's text as it is saved and answers warnings for the editor (chapters with
 * code bring such checks). Implementations must answer quickly; a save never waits long on them.
 */
public interface PracticeTextCheck {

    List<String> warnings(String language, ItemText text);
}
