package org.proximite.core.chapter;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this node read or checked last, by a key that names it wholly (a jar's fingerprint):
 * reading a large chapter's files costs more than all the statements of its import, and an
 * apply, or an upgrade's plan, reads the same jars again. A copy in memory that the collector may
 * take back; the jars and the database stay the record.
 */
final class RecentlyRead<K, V> {

    private final Map<K, SoftReference<V>> entries;

    RecentlyRead(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, SoftReference<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        SoftReference<V> value = entries.get(key);
        return value == null ? null : value.get();
    }

    synchronized void put(K key, V value) {
        entries.put(key, new SoftReference<>(value));
    }
}
