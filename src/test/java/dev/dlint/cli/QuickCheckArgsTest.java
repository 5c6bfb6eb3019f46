package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.report.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** {@link QuickCheckArgs} accepts a command line only when picocli would read the same values from it. */
class QuickCheckArgsTest {
    /** Pieces of command lines: what the quick parser reads, and what it must leave to picocli. */
    private static final List<String> PIECES = List.of(
            "--fix", "--unsafe-fixes", "--diff", "--show-fixes", "--no-color", "-q", "--quiet", "--no-progress",
            "--statistics", "-v", "--verbose", "--format", "json", "JSON", " sarif ", "github", "bogus", "--format=json",
            "--format=", "--format=Text", "--format=-q", "Dockerfile", "dir/a b.sh", "-", "", "@args.txt", "--",
            "-qv", "--fix=true", "--output", "out.json", "--select", "CA101", "-x", "--FIX", "-h", "--help", "-V",
            "--jobs", "2", "check", "rules", "--stdin-filename", "--fail-on", "error", "--form", "-j");

    @Test
    void readsTheLinesHooksRun() {
        CheckArgs hook = QuickCheckArgs.parse(new String[] {"check", "--no-color", "--no-progress", "--fix", "--show-fixes",
                "Dockerfile", "scripts/install.sh"});
        assertThat(hook).isNotNull();
        assertThat(hook.paths()).containsExactly("Dockerfile", "scripts/install.sh");
        assertThat(hook.fix()).isTrue();
        assertThat(hook.showFixes()).isTrue();
        assertThat(hook.diff()).isFalse();
        assertThat(hook.format()).isEqualTo(Format.TEXT);
        assertThat(QuickCheckArgs.parse(new String[] {"check", "--format", "sarif", "."}).format()).isEqualTo(Format.SARIF);
        assertThat(QuickCheckArgs.parse(new String[] {"check"}).paths()).isEmpty();
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] argv : List.of(
                new String[] {"rules"},
                new String[] {"check", "--output", "x.json", "."},
                new String[] {"check", "--fix", "--fix", "."},
                new String[] {"check", "-q", "--quiet"},
                new String[] {"check", "--format", "json", "--format", "text"},
                new String[] {"check", "--format", "yaml"},
                new String[] {"check", "--format"},
                new String[] {"check", "--", "--fix"},
                new String[] {"check", "@args"},
                new String[] {"check", "-qv"},
                new String[] {"check", "--help"},
                new String[] {"check", ""})) {
            assertThat(QuickCheckArgs.parse(argv)).as(String.join(" ", argv)).isNull();
        }
    }

    @Test
    void agreesWithPicocliOnGeneratedCommandLines() {
        Random random = new Random(20261127);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            List<String> line = new ArrayList<>(List.of("check"));
            int n = random.nextInt(7);
            for (int j = 0; j < n; j++) {
                // Mostly the pieces the quick parser reads, so that many lines are accepted.
                line.add(PIECES.get(random.nextInt(random.nextInt(4) == 0 ? PIECES.size() : 24)));
            }
            String[] argv = line.toArray(new String[0]);
            CheckArgs quick = QuickCheckArgs.parse(argv);
            CheckArgs picocli = picocli(argv);
            if (quick == null) {
                refused++;
                continue;
            }
            accepted++;
            assertThat(picocli).as("picocli reads %s the same", line).isEqualTo(quick);
        }
        // Both outcomes must be common, or the comparison says little.
        assertThat(accepted).isGreaterThan(1000);
        assertThat(refused).isGreaterThan(1000);
    }

    /** What picocli reads from the line; null when it refuses it or it asks for help. */
    private static CheckArgs picocli(String[] argv) {
        CommandLine cli = new CommandLine(DlintCommand.spec());
        cli.addSubcommand("check", new CommandLine(CheckOptions.spec()));
        try {
            ParseResult parsed = cli.parseArgs(argv).subcommand();
            if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return null;
            }
            return CheckOptions.values(parsed.commandSpec());
        } catch (ParameterException e) {
            return null;
        }
    }
}
