package dev.dlint.discover;

/**
 * A path that could not be walked or does not exist. Printed as one line on stderr,
 * {@code dlint: <displayPath>: <reason>}; any problem makes the run exit with 2.
 */
public record DiscoveryProblem(String displayPath, String reason) {
}
