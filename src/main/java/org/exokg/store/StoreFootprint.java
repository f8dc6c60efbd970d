package org.exokg.store;

import java.util.Locale;

/**
 * A store's size for the quads it holds, taken right after a bulk load and again at the end of a build: a
 * bulk-loaded store is as compact as TDB2 makes it (within a few per cent of {@code tdb2.tdbloader}'s), so the
 * bytes per quad it had then are what its content needs. Sizes are {@link GraphStore#usedBytes()}: the blocks
 * the indexes use, garbage included, not the sparse files' lengths.
 */
public record StoreFootprint(long bytes, long quads) {

    /**
     * Growth allowed over the bulk-loaded bytes per quad before a build compacts the store. The one write
     * transaction after the load adds about 20 % at 1,000 documents (docs/performance.md, "Build fixed costs");
     * more, and the store is compacted, which keeps it within the 1.5 × of Jena's own loader.
     */
    public static final double SLACK = 1.3;

    public static StoreFootprint of(GraphStore store, long quads) {
        return new StoreFootprint(store.usedBytes(), quads);
    }

    /** The bytes this many quads would take at the bytes per quad of {@code this}. */
    public double bytesFor(long otherQuads) {
        return quads == 0 ? bytes : (double) bytes * otherQuads / quads;
    }

    /** Whether {@code now} takes more than {@link #SLACK} times the bytes its quads need at this footprint's density. */
    public boolean outgrownBy(StoreFootprint now) {
        return now.bytes() > SLACK * Math.max(bytes, bytesFor(now.quads()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,.1f MB for %,d quads", bytes / 1e6, quads);
    }
}
