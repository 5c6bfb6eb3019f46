package dev.dlint.cli;

import dev.dlint.report.Escaper;
import dev.dlint.syntax.Recognizers;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code dlint} executable. */
public final class Main {
    /** Arguments that belong to the top-level command; anything else starts an implicit {@code check}. */
    private static final Set<String> TOP_LEVEL = Set.of("check", "rules", "explain", "completion", "help", "-h", "--help", "-V", "--version");
    /** Subcommands that run without the others ({@code completion} describes them all). */
    private static final Set<String> STANDALONE = Set.of("check", "rules", "explain");

    private Main() {
    }

    public static void main(String[] args) {
        skipReflectiveConverters();
        if (withDefaultCommand(args)[0].equals("check")) {
            Recognizers.initializeInBackground();
        }
        System.exit(run(args, CliContext.system()));
    }

    /**
     * Every {@code CommandLine} registers converters for java.time, java.sql and other types that picocli
     * looks up by reflection, a measurable part of a cold start; dlint's options use none of them (paths
     * have their own converter). A value the user set with {@code -D} is kept.
     */
    static void skipReflectiveConverters() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", ".*");
        }
    }

    /** Runs dlint with the given arguments and surroundings; returns the exit code. */
    public static int run(String[] args, CliContext ctx) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(ctx.stderr(), StandardCharsets.UTF_8), true);
        try {
            if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
                // What picocli prints for it, without building the command tree (~60 ms of a cold start;
                // on JDK 25 more, as its AOT cache cannot hold picocli's Java 5 classes).
                out.println(new VersionProvider().getVersion()[0]);
                return 0;
            }
            String[] argv = withDefaultCommand(args);
            CheckArgs quick = QuickCheckArgs.parse(argv);
            if (quick != null) {
                return check(ctx, quick, err);
            }
            // Build only the subcommand that runs, or all of them when the whole tree is needed (help,
            // version, completion, usage errors).
            String only = STANDALONE.contains(argv[0]) ? argv[0] : null;
            CommandLine cli = new CommandLine(DlintCommand.spec());
            if (only == null || only.equals("check")) {
                cli.addSubcommand("check", new CommandLine(CheckOptions.spec()));
            }
            if (only == null || only.equals("rules")) {
                cli.addSubcommand("rules", new CommandLine(RulesCommand.spec()));
            }
            if (only == null || only.equals("explain")) {
                cli.addSubcommand("explain", new CommandLine(ExplainCommand.spec()));
            }
            if (only == null) {
                cli.addSubcommand("completion", new CommandLine(CompletionCommand.spec()));
            }
            cli.setOut(out);
            cli.setErr(err);
            cli.setExecutionStrategy(parsed -> execute(parsed, ctx));
            cli.setParameterExceptionHandler((ex, rejected) ->
                    usageError(err, ex.getCommandLine().getCommandSpec().qualifiedName(), ex.getMessage()));
            // The command's own exception, not picocli's wrapper: the same message as the quick path's.
            cli.setExecutionExceptionHandler((ex, cmd, parseResult) ->
                    internalError(ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex, err,
                            CheckOptions.isVerbose(cmd.getCommandSpec())));
            return cli.execute(argv);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e, err, Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v"));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs the parsed command as picocli's default strategy would (help and version first, then the
     * last subcommand), creating the command from its parsed spec: the specs carry no command objects.
     */
    private static int execute(ParseResult parsed, CliContext ctx) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandSpec spec = last.commandSpec();
        Callable<Integer> command = switch (spec.name()) {
            case "check" -> new CheckCommand(ctx, CheckOptions.values(spec));
            case "rules" -> new RulesCommand(ctx, spec);
            case "explain" -> new ExplainCommand(ctx, spec);
            case "completion" -> new CompletionCommand(ctx, spec);
            default -> () -> 0; // "dlint" alone: never reached, withDefaultCommand adds "check"
        };
        try {
            return command.call();
        } catch (ParameterException | ExecutionException e) {
            throw e;
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (Exception e) {
            throw new ExecutionException(spec.commandLine(), "Error while running " + spec.qualifiedName() + ": " + e, e);
        }
    }

    /** {@code check} read by {@link QuickCheckArgs}: run and reported as picocli's path does. */
    private static int check(CliContext ctx, CheckArgs args, PrintWriter err) {
        try {
            return new CheckCommand(ctx, args).call();
        } catch (UsageException e) {
            return usageError(err, "dlint check", e.getMessage());
        } catch (Exception e) {
            return internalError(e, err, args.verbose());
        }
    }

    private static int usageError(PrintWriter err, String command, String message) {
        err.println("dlint: " + Escaper.escape(message) + repeatHint(message));
        err.println("Try '" + command + " --help' for more information.");
        return 2;
    }

    /** A second --format or --output is a mistake for --report, the option that adds a report. */
    private static String repeatHint(String message) {
        boolean repeated = message != null && message.contains("should be specified only once")
                && (message.contains("'--format'") || message.contains("'--output'"));
        return repeated ? " (for several reports in one run, add them with --report FORMAT=FILE)" : "";
    }

    /** {@code dlint} is {@code dlint check .}; {@code dlint PATH…} is {@code dlint check PATH…}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && TOP_LEVEL.contains(args[0])) {
            return args;
        }
        List<String> all = new ArrayList<>(args.length + 1);
        all.add("check");
        all.addAll(Arrays.asList(args));
        return all.toArray(new String[0]);
    }

    private static int internalError(Throwable e, PrintWriter err, boolean verbose) {
        String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
        err.println("dlint: internal error: " + Escaper.escape(detail)
                + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return 2;
    }
}
