/**
 * The work on texts after they are written: each language's text of an item moves through
 * draft, review, publication and archive on its own ({@link org.proximite.core.workflow.TextWorkflow}),
 * every version of it is kept ({@link org.proximite.core.workflow.Revisions}), and translations
 * whose source changed since are found field by field
 * ({@link org.proximite.core.workflow.OutdatedTranslations}, {@link org.proximite.core.workflow.ContentOverview}), as are
 * chapters' adaptations whose practice was published again with changed fields since
 * ({@link org.proximite.core.workflow.OutdatedAdaptations}).
 */
package org.proximite.core.workflow;
