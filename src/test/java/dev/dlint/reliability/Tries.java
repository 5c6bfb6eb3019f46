package dev.dlint.reliability;

/**
 * How many inputs each reliability property runs: 500 on a developer's machine, 10,000 when
 * {@code DLINT_PROPERTY_TRIES} is set (CI sets it). A positive number in the variable is taken as
 * the count itself; any other non-empty value means 10,000.
 */
final class Tries {
    static final int DEFAULT = 500;
    static final int CI = 10_000;

    private Tries() {
    }

    static int count() {
        String v = System.getenv("DLINT_PROPERTY_TRIES");
        if (v == null || v.isBlank()) {
            return DEFAULT;
        }
        try {
            int n = Integer.parseInt(v.trim());
            return n > 0 ? n : CI;
        } catch (NumberFormatException e) {
            return CI;
        }
    }

    /** The seed to start from: {@code DLINT_PROPERTY_SEED} replays a reported failure, else a fixed base. */
    static long baseSeed() {
        String v = System.getenv("DLINT_PROPERTY_SEED");
        if (v != null && !v.isBlank()) {
            return Long.parseLong(v.trim());
        }
        return 0x5EED_D11_47L;
    }
}
