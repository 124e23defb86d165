package org.proximite.core.actor;

/** What a person may do; the web layer maps its signed-in users' roles to these. */
public enum Role {
    /** Installs and manages chapters. */
    ADMIN,
    /** Writes and publishes practices and initiatives (of the chapters in scope, when scoped). */
    EDITOR
}
