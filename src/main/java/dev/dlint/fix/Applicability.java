package dev.dlint.fix;

import java.util.Locale;

/**
 * Whether a fix may be applied without review (ruff's model): {@code SAFE} fixes keep the build's
 * meaning and are applied by {@code --fix}; {@code UNSAFE} ones may change it and need
 * {@code --unsafe-fixes}; {@code DISPLAY} ones are only shown.
 */
public enum Applicability {
    SAFE, UNSAFE, DISPLAY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
