package dev.dlint.rules;

import java.util.Locale;

/** What kind of fix a rule can offer, as documented in the catalogue. */
public enum FixAvailability {
    NONE, SAFE, UNSAFE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
