package org.exokg.store;

import java.util.Locale;

/**
 * A store's size on disk for the quads it holds, taken right after a bulk load and again at the end of a
 * build: a bulk-loaded store is as compact as TDB2 makes it, so the bytes per quad it had then are what its
 * content needs. Sizes are the files' lengths, which TDB2 grows in 8 MB steps: they overstate what is
 * allocated, the same way at both points.
 */
public record StoreFootprint(long bytes, long quads) {

    /**
     * Growth allowed over the bulk-loaded bytes per quad before a build compacts the store. One write
     * transaction after the load adds about 10 % (docs/performance.md, "Build fixed costs"); several, or a
     * large one, add more, and then the store is compacted. Well within the 1.5 × of Jena's own loader.
     */
    public static final double SLACK = 1.3;

    public static StoreFootprint of(GraphStore store, long quads) {
        return new StoreFootprint(store.bytesOnDisk(), quads);
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
