package dev.dlint.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code dlint --version}: the jar manifest's Implementation-Version, "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        Package p = VersionProvider.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dlint " + version()};
    }
}
