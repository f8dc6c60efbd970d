package org.exokg.claim;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests of one reading: the learned confidence ({@link ClaimConfidence}, a later stage with its own test) is off
 * during each test and restored after it, since it may score an invented claim of the reading under its threshold.
 */
final class WithoutClaimConfidence implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(WithoutClaimConfidence.class);
    private static final String NOT_SET = "\u0000";

    @Override
    public void beforeEach(ExtensionContext context) {
        String saved = System.getProperty(ClaimConfidence.PROPERTY);
        context.getStore(SPACE).put(ClaimConfidence.PROPERTY, saved == null ? NOT_SET : saved);
        System.setProperty(ClaimConfidence.PROPERTY, "false");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String saved = context.getStore(SPACE).get(ClaimConfidence.PROPERTY, String.class);
        if (saved == null || saved.equals(NOT_SET)) {
            System.clearProperty(ClaimConfidence.PROPERTY);
        } else {
            System.setProperty(ClaimConfidence.PROPERTY, saved);
        }
    }
}
