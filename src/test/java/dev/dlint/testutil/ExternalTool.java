package dev.dlint.testutil;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need a tool a user's machine may lack (the SARIF validators, buildah, pre-commit)
 * skip with a message when it is absent; CI sets {@code DLINT_REQUIRE_TOOLS=1}, which turns that
 * skip into a failure.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("1".equals(System.getenv("DLINT_REQUIRE_TOOLS"))) {
            fail(what + " is missing, and DLINT_REQUIRE_TOOLS=1 requires it");
        }
        assumeTrue(false, what + " is missing; skipping");
    }
}
