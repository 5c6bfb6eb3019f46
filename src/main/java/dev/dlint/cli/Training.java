package dev.dlint.cli;

import dev.dlint.source.SourceReader;
import dev.dlint.syntax.Recognizers;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run behind the launcher's class-data-sharing archive: runs the commands a user runs
 * (every output format, fixes, rules, explain) in one JVM, so that the JVM can record every class
 * they load. Output is discarded; the exit codes do not matter, only what got loaded.
 *
 * <p>Usage: {@code java -cp dlint.jar dev.dlint.cli.Training PATH…} (Dockerfiles, scripts, dirs): all
 * rules run over every PATH; the other formats and fixes only over the first (the classes they load do
 * not depend on the input, and a short training keeps the launcher's one-time archive step short).
 */
public final class Training {
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "checkstyle", "gitlab", "junit");

    private Training() {
    }

    public static void main(String[] paths) {
        Main.skipReflectiveConverters();
        CliContext quiet = quietContext();
        Terminals.stderrIsTerminal(); // what CliContext.system() loads besides
        Recognizers.initializeInBackground(); // what Main.main starts for a check
        String[] first = paths.length == 0 ? paths : new String[] {paths[0]};
        run(quiet, List.of("check", "--no-color"), paths);
        // An option QuickCheckArgs leaves to picocli, so that picocli's parsing of check is in the archive
        // too; then the value options QuickCheckArgs reads itself.
        run(quiet, List.of("check", "--no-color", "--max-file-size", String.valueOf(SourceReader.DEFAULT_MAX_BYTES)), first);
        run(quiet, List.of("check", "--no-color", "--fail-on", "info", "--jobs", "1", "--ignore", "PN202"), first);
        for (String format : FORMATS) {
            run(quiet, List.of("check", "--no-color", "--format", format), first);
        }
        run(quiet, List.of("check", "--diff", "--unsafe-fixes"), first);
        run(quiet, List.of("check", "--statistics"), first);
        run(quiet, List.of("rules"), new String[0]);
        run(quiet, List.of("explain", "CA101"), new String[0]);
        run(quiet, List.of("--help"), new String[0]);
    }

    private static void run(CliContext ctx, List<String> command, String[] paths) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(paths));
        Main.run(args.toArray(new String[0]), ctx);
    }

    private static CliContext quietContext() {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new CliContext(new ByteArrayInputStream(new byte[0]), discard, discard, Map.of(),
                Path.of("").toAbsolutePath(), false, new CliContext.DefaultLinters());
    }
}
