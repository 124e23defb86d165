package org.proximite.core.backup;

/**
 * How far an export or an import is: rows done out of the total, in its current step. An import
 * goes through every row twice: once to check the files, once to write them.
 */
public record BackupProgress(Step step, long done, long total) {

    public enum Step {
        /** An export reads the tables and writes the bundle. */
        EXPORTING,
        /** An import checks the bundle's files; nothing is written yet. */
        CHECKING,
        /** An import writes the rows, in one transaction. */
        WRITING,
        /** Finished. */
        DONE
    }

    /** The share done, from 0 to 1. */
    public double fraction() {
        return total <= 0 ? (step == Step.DONE ? 1 : 0) : Math.min(1, (double) done / total);
    }
}
