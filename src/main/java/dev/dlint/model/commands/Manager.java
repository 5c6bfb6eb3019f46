package dev.dlint.model.commands;

/** A package manager or build tool that installs dependencies. */
public enum Manager {
    PIP, UV, PIPX, POETRY, PIPENV, CONDA, MAMBA, MICROMAMBA,
    APT, APK, DNF, YUM, MICRODNF,
    NPM, YARN, PNPM,
    GO, CARGO, MAVEN, GRADLE, GEM, BUNDLE, COMPOSER;

    /** Whether it installs Python packages. */
    public boolean isPython() {
        return this == PIP || this == UV || this == PIPX || this == POETRY || this == PIPENV || isConda();
    }

    public boolean isConda() {
        return this == CONDA || this == MAMBA || this == MICROMAMBA;
    }

    /** Whether it installs operating-system packages. */
    public boolean isOs() {
        return this == APT || this == APK || this == DNF || this == YUM || this == MICRODNF;
    }
}
