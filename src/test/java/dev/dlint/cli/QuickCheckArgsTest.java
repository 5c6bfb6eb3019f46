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
    /** Pieces of command lines the quick parser reads (alone or as an option's value). */
    private static final List<String> READ = List.of(
            "--fix", "--unsafe-fixes", "--diff", "--show-fixes", "--no-color", "-q", "--quiet", "--no-progress",
            "--statistics", "-v", "--verbose", "--format", "json", "JSON", " sarif ", "github", "--format=json",
            "--format=Text", "Dockerfile", "dir/a b.sh", "-", "-o", "--output", "--output=out.json", "out.json",
            "--select", "--extend-select", "--ignore", "CA101", "CA101,PN202", "copy-before-install", "ALL",
            "--ignore=CA1,SH", "--select=PN2", "--fail-on", "warning", "ERROR", "--fail-on=info", "-j", "--jobs", "2",
            "--jobs=1", "0", "--config", "--context", ".", "--config=.dlint.yaml");
    /** Pieces it must leave to picocli (or that make picocli refuse the line). */
    private static final List<String> LEFT = List.of(
            "bogus", "--format=", "--format=-q", "", "@args.txt", "--", "-qv", "--fix=true", "-x", "--FIX", "-h",
            "--help", "-V", "check", "rules", "--stdin-filename", "--form", "--report", "sarif=x.sarif", "-j2",
            "-o=x", "08", "0x10", "-1", "1234567", "CA101,", ",CA101", "a,,b", "\"CA101\"", " CA101", "CA 101",
            "--ignore=", "--jobs=", "fatal", "--max-file-size", "100", "--select=@x", "--context=");
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
        CheckArgs ci = QuickCheckArgs.parse(new String[] {"check", "--format", "sarif", "-o", "dlint.sarif", "--ignore",
                "CA101,PN202", "--ignore=SH5", "--fail-on", "warning", "--jobs=4", "."});
        assertThat(ci).isNotNull();
        assertThat(ci.output()).isEqualTo(java.nio.file.Path.of("dlint.sarif"));
        assertThat(ci.ignore()).containsExactly("CA101", "PN202", "SH5");
        assertThat(ci.failOn()).isEqualTo(dev.dlint.rules.Severity.WARNING);
        assertThat(ci.jobs()).isEqualTo(4);
        assertThat(ci.paths()).containsExactly(".");
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] argv : List.of(
                new String[] {"rules"},
                new String[] {"check", "--report", "sarif=x.sarif", "."},
                new String[] {"check", "--output", "a.json", "--output", "b.json", "."},
                new String[] {"check", "--ignore", "CA101,", "."},
                new String[] {"check", "--jobs", "0x2", "."},
                new String[] {"check", "--fail-on", "fatal", "."},
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
        for (int i = 0; i < 8000; i++) {
            List<String> line = new ArrayList<>(List.of("check"));
            int n = random.nextInt(7);
            for (int j = 0; j < n; j++) {
                // Mostly the pieces the quick parser reads, so that many lines are accepted.
                List<String> pieces = random.nextInt(6) == 0 ? LEFT : READ;
                line.add(pieces.get(random.nextInt(pieces.size())));
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
