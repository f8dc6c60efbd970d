package org.exokg.claim;

/**
 * Issue 15 (twenty-sixth session, branch propertyframes): the switch of the claim-rules.yaml block "propertyframes" and
 * the one shape that block shares with the subject's source: vesicles introduced by a container noun and a naming verb
 * ("cells release tiny bubbles called extracellular vesicles"), whose releaser is their source as in "cells release
 * extracellular vesicles". Off with {@code -Dexokg.noPropertyFrames}.
 */
final class PropertyFrames {

    private PropertyFrames() {}

    /** On unless {@code -Dexokg.noPropertyFrames}. */
    static final boolean ON = !Boolean.getBoolean("exokg.noPropertyFrames");

    /**
     * A container noun (with one modifier, a size word or another) and a naming verb before a vesicle noun, lower case:
     * "tiny sacs called ", "billions of tiny vesicles, called ", "nanosized particles known as ".
     */
    static final String CALLED = "(?:(?:billions|millions|thousands|trillions)\\s+of\\s+)?(?:[a-z][a-z\\-‐–]*\\s+)?"
            + "(?:packages?|bubbles?|sacs?|particles?|parcels?|packets?|vesicles?|spheres?|containers?|capsules?|envelopes?"
            + "|bags?|blobs?|balls?|droplets?|pouches?|bodies|structures?|messengers?)\\s*,?\\s*"
            + "(?:called|known\\s+as|termed|named|dubbed)\\s+[\"“‘']?\\s*";
}
