package dev.dlint.cli;

import static dev.dlint.cli.CheckOptions.Heading.FIXES;
import static dev.dlint.cli.CheckOptions.Heading.INPUT;
import static dev.dlint.cli.CheckOptions.Heading.OTHER;
import static dev.dlint.cli.CheckOptions.Heading.OUTPUT;
import static dev.dlint.cli.CheckOptions.Heading.RULES;

import dev.dlint.report.Format;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code dlint check}'s command line, declared in one place: its usage texts, PATH, and each option
 * with the --help heading it is listed under. Built with picocli's programmatic API, which reads no
 * annotations and injects no fields (an annotated command cost ~100 ms of every cold start).
 */
final class CheckOptions {
    /** The headings of {@code dlint check --help}, in the order they are shown. */
    enum Heading {
        OUTPUT("Output"), RULES("Rules and exit code"), FIXES("Fixes"), INPUT("Input"), OTHER("Other");

        private final String title;

        Heading(String title) {
            this.title = title;
        }
    }

    /**
     * An option, the heading it is listed under, and {@code declared}: its place (from 1) in the
     * command's option list. --help lists options by heading; the completion script lists them in
     * declared order, which is the order they had as annotated fields (so that it stays unchanged).
     */
    private record Declared(Heading heading, int declared, OptionSpec option) {
    }

    private CheckOptions() {
    }

    /** A new spec for one parse (picocli keeps the parsed values in it). */
    static CommandSpec spec() {
        CommandSpec spec = HelpOptions.command("check");
        usage(spec.usageMessage());
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Files or directories to check (default: '.'); '-' for standard input.").build());
        List<Declared> options = options();
        OptionSpec[] inDeclaredOrder = new OptionSpec[options.size()];
        Map<String, List<OptionSpec>> byHeading = new LinkedHashMap<>();
        for (Heading h : Heading.values()) {
            byHeading.put(h.title, new ArrayList<>());
        }
        for (Declared d : options) {
            if (d.declared() < 1 || d.declared() > options.size() || inDeclaredOrder[d.declared() - 1] != null) {
                throw new IllegalStateException("declared places must be 1.." + options.size() + ", once each: "
                        + d.option().longestName());
            }
            inDeclaredOrder[d.declared() - 1] = d.option();
            byHeading.get(d.heading().title).add(d.option());
        }
        for (OptionSpec o : inDeclaredOrder) {
            spec.addOption(o);
        }
        spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, new OptionGroups(byHeading));
        return spec;
    }

    /** The values a parsed {@link #spec()} holds. */
    static CheckArgs values(CommandSpec parsed) {
        Long max = parsed.findOption("--max-file-size").getValue();
        return new CheckArgs(list(parsed.positionalParameters().get(0).getValue()),
                parsed.findOption("--stdin-filename").getValue(),
                parsed.findOption("--format").getValue(),
                parsed.findOption("--output").getValue(),
                list(parsed.findOption("--report").getValue()),
                parsed.findOption("--fail-on").getValue(),
                list(parsed.findOption("--select").getValue()),
                list(parsed.findOption("--extend-select").getValue()),
                list(parsed.findOption("--ignore").getValue()),
                isSet(parsed, "--fix"), isSet(parsed, "--unsafe-fixes"), isSet(parsed, "--diff"),
                isSet(parsed, "--show-fixes"),
                parsed.findOption("--context").getValue(),
                parsed.findOption("--config").getValue(),
                parsed.findOption("--jobs").getValue(),
                max,
                isSet(parsed, "--no-color"), isSet(parsed, "--quiet"), isSet(parsed, "--no-progress"),
                isSet(parsed, "--statistics"), isSet(parsed, "--verbose"));
    }

    /** Whether {@code parsed} (check's or another command's spec) asks for stack traces. */
    static boolean isVerbose(CommandSpec parsed) {
        return parsed.findOption("--verbose") != null && isSet(parsed, "--verbose");
    }

    private static boolean isSet(CommandSpec parsed, String flag) {
        return Boolean.TRUE.equals(parsed.findOption(flag).getValue());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Every option, in --help order. */
    private static List<Declared> options() {
        return List.of(
                new Declared(OUTPUT, 2, OptionSpec.builder("--format").paramLabel("FORMAT")
                        .type(Format.class).converters(new FormatConverter()).completionCandidates(names(Format.values()))
                        .defaultValue("text")
                        .description("Output format: text, json, sarif (GitHub code scanning), github (workflow"
                                + " annotations), checkstyle (Checkstyle XML), gitlab (GitLab Code Quality JSON)"
                                + " or junit (JUnit XML) (default: ${DEFAULT-VALUE}).").build()),
                new Declared(OUTPUT, 3, OptionSpec.builder("-o", "--output").paramLabel("FILE")
                        .type(Path.class).converters(new PathConverter())
                        .description("Write the report to FILE (atomically; missing directories are created)"
                                + " instead of standard output.").build()),
                new Declared(OUTPUT, 4, OptionSpec.builder("--report").paramLabel("FORMAT=FILE")
                        .type(List.class).auxiliaryTypes(ReportTarget.class).converters(new ReportConverter())
                        .description("Also write a report in FORMAT to FILE ('-': standard output), from the same"
                                + " run; repeatable: --format github --report sarif=dlint.sarif --report"
                                + " junit=junit.xml.").build()),
                new Declared(OUTPUT, 20, flag("--statistics")
                        .description("Count findings per rule (most first): text prints the counts instead of the"
                                + " findings, json adds a \"statistics\" array; other formats are unchanged.").build()),
                new Declared(OUTPUT, 18, flag("-q", "--quiet")
                        .description("Text output without source snippets: one line per finding and the summary;"
                                + " no progress.").build()),
                new Declared(OUTPUT, 17, flag("--no-color")
                        .description("Never color the output (also: the NO_COLOR environment variable).").build()),
                new Declared(OUTPUT, 19, flag("--no-progress")
                        .description("Never show progress (it is shown on standard error only when that is a"
                                + " terminal).").build()),

                new Declared(RULES, 6, rules("--select")
                        .description("Run only these rules: codes (CA101), names (copy-before-install), prefixes"
                                + " (CA, PN20) or ALL; replaces the config's select.").build()),
                new Declared(RULES, 7, rules("--extend-select")
                        .description("Also run these rules (for example the off-by-default PN202).").build()),
                new Declared(RULES, 8, rules("--ignore")
                        .description("Do not run these rules (added to the config's ignore).").build()),
                new Declared(RULES, 5, OptionSpec.builder("--fail-on").paramLabel("SEVERITY")
                        .type(Severity.class).converters(new SeverityConverter()).completionCandidates(names(Severity.values()))
                        .description("Exit with 1 when a finding of this severity or worse remains: error, warning"
                                + " or info (default: the config's fail-on, else info).").build()),
                new Declared(RULES, 14, OptionSpec.builder("--config").paramLabel("FILE")
                        .type(Path.class).converters(new PathConverter())
                        .description("Read settings from FILE; default: .dlint.yaml in the working directory or the"
                                + " nearest parent that has one.").build()),

                new Declared(FIXES, 9, flag("--fix")
                        .description("Apply safe fixes, rewriting files in place (atomically); report what"
                                + " remains.").build()),
                new Declared(FIXES, 10, flag("--unsafe-fixes")
                        .description("With --fix or --diff, also apply unsafe fixes (they may change the build;"
                                + " review them).").build()),
                new Declared(FIXES, 11, flag("--diff")
                        .description("Print a unified diff of what --fix would change and write nothing (exit 1"
                                + " when there is a diff).").build()),
                new Declared(FIXES, 12, flag("--show-fixes")
                        .description("With --fix, list the fixes applied to each file.").build()),

                new Declared(INPUT, 1, OptionSpec.builder("--stdin-filename").paramLabel("NAME").type(String.class)
                        .description("Name of the file read from '-' (implies '-' when no PATH is given): used in"
                                + " output and to decide what kind of file it is.").build()),
                new Declared(INPUT, 13, OptionSpec.builder("--context").paramLabel("DIR")
                        .type(Path.class).converters(new PathConverter())
                        .description("Build context of every Dockerfile checked (as in 'docker build -f FILE DIR');"
                                + " default: each Dockerfile's own directory. Needed for Dockerfiles built from a"
                                + " parent directory and for stdin.").build()),
                new Declared(INPUT, 15, OptionSpec.builder("-j", "--jobs").paramLabel("N").type(Integer.class)
                        .description("Lint N files in parallel (default: the number of processors).").build()),
                new Declared(INPUT, 16, OptionSpec.builder("--max-file-size").paramLabel("BYTES").type(long.class)
                        .description("Refuse files larger than this (default: " + SourceReader.DEFAULT_MAX_BYTES
                                + ").").build()),

                new Declared(OTHER, 21, flag("-v", "--verbose")
                        .description("Show stack traces of internal errors.").build()),
                new Declared(OTHER, 22, HelpOptions.help()),
                new Declared(OTHER, 23, HelpOptions.version()));
    }

    private static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class);
    }

    /** --select and the like: rule selectors, comma-separated, repeatable. */
    private static OptionSpec.Builder rules(String name) {
        return OptionSpec.builder(name).paramLabel("RULES").splitRegex(",")
                .type(List.class).auxiliaryTypes(String.class);
    }

    /**
     * What the completion script offers for an enum option: the constants' names, as picocli would
     * list them by itself, but without its reflective Class.getEnumConstants call.
     */
    private static List<String> names(Enum<?>[] constants) {
        List<String> names = new ArrayList<>(constants.length);
        for (Enum<?> c : constants) {
            names.add(c.name());
        }
        return List.copyOf(names);
    }

    private static void usage(UsageMessageSpec usage) {
        usage.sortOptions(false)
                // The command list shows this line (the description's first line wraps badly at ".dockerignore").
                .header("Lint Dockerfiles, install scripts and requirements files (the default command).")
                .descriptionHeading("%n")
                .description("Directories are walked (.git, node_modules, __pycache__, .tox and virtualenvs are"
                        + " skipped) and files are recognized by name: Dockerfile, Containerfile, Dockerfile.*,"
                        + " *.Dockerfile, *.sh, *.bash or a shell shebang, requirements*.txt, constraints*.txt,"
                        + " .dockerignore. A file named on the command line is always linted. '-' reads standard"
                        + " input.")
                .abbreviateSynopsis(true)
                .footerHeading("%nExamples:%n")
                .footer(
                        "  dlint check                    lint the current directory",
                        "  dlint check --fix Dockerfile   apply safe fixes, then report what remains",
                        "  dlint check --diff .           show what --fix would change; write nothing",
                        "  dlint check --statistics .     count findings per rule",
                        "  dlint check --format github --report sarif=dlint.sarif .",
                        "                                 GitHub annotations, and SARIF for code scanning",
                        "  dlint check --stdin-filename Dockerfile - < Dockerfile",
                        "                                 lint standard input as a Dockerfile",
                        "",
                        "Progress (files done / total) is shown on standard error when it is a terminal.",
                        "",
                        "Exit codes:",
                        "  0  no finding at or above --fail-on remains",
                        "  1  findings remain",
                        "  2  usage, configuration or I/O error: a bad option, a report that cannot be",
                        "     written, or a path that is missing or cannot be read (the other files are",
                        "     still linted); or an internal error (E900: dlint failed on a file, a bug",
                        "     to report)%n");
    }
}
