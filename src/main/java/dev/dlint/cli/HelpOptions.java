package dev.dlint.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h/--help} and {@code -V/--version}, which every dlint command has. Declared here instead of
 * with picocli's {@code mixinStandardHelpOptions}: that mixin is an annotated class, and reading
 * annotations costs start-up time. Names and texts are the mixin's.
 */
final class HelpOptions {
    private HelpOptions() {
    }

    static OptionSpec help() {
        return OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
                .description("Show this help message and exit.").build();
    }

    static OptionSpec version() {
        return OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
                .description("Print version information and exit.").build();
    }

    /** A command named {@code name} that answers --version; its options are added by the caller. */
    static CommandSpec command(String name) {
        return CommandSpec.create().name(name).versionProvider(new VersionProvider());
    }

    /** Adds the help and version options; after the command's own ones, where the mixin put them. */
    static CommandSpec addTo(CommandSpec spec) {
        return spec.addOption(help()).addOption(version());
    }
}
