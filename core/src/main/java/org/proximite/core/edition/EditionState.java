package org.proximite.core.edition;

/** Where an edition stands. */
public enum EditionState {
    /** An instance is rendering its files. */
    BUILDING,
    /** All its files are stored and downloadable. */
    READY,
    /** It could not be made; it has a reason and no file. */
    FAILED
}
