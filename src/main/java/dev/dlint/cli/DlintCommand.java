package dev.dlint.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code dlint} command; {@code check} is its default subcommand. */
final class DlintCommand {
    private DlintCommand() {
    }

    static CommandSpec spec() {
        CommandSpec spec = HelpOptions.command("dlint");
        spec.usageMessage()
                .synopsisSubcommandLabel("[COMMAND]")
                .commandListHeading("%nCommands:%n")
                .description(
                        "Lint and fix Dockerfiles and the shell install scripts they run, for builds that are"
                                + " fast to rebuild and reproducible.",
                        "",
                        "Without a command, dlint runs 'check': 'dlint' is 'dlint check .', 'dlint PATH' is"
                                + " 'dlint check PATH'.")
                .footerHeading("%n")
                .footer(
                        "Run 'dlint COMMAND --help' for a command's options and examples.",
                        "",
                        "Exit codes:",
                        "  0  no finding at or above --fail-on remains",
                        "  1  findings remain",
                        "  2  usage, configuration or I/O error (an unreadable file, a missing path)%n");
        return HelpOptions.addTo(spec);
    }
}
