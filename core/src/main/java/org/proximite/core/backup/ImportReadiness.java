package org.proximite.core.backup;

/**
 * Whether this instance can receive an import: only when no person changed anything in it yet.
 *
 * @param changesByPeople changes of content and chapters made by people, as the outbox records them
 * @param editions editions made, whatever their state
 */
public record ImportReadiness(int changesByPeople, int editions) {

    public boolean ready() {
        return changesByPeople == 0 && editions == 0;
    }
}
