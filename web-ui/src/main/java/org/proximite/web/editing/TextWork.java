package org.proximite.web.editing;

import org.proximite.core.workflow.OutdatedTranslations;
import org.proximite.core.workflow.Revisions;
import org.proximite.core.workflow.TextWorkflow;
import org.springframework.stereotype.Component;

/** The core's services for the work on texts after they are written, as the editor uses them. */
@Component
public record TextWork(TextWorkflow workflow, Revisions revisions, OutdatedTranslations outdated) {}
