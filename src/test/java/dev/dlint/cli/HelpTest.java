package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** dlint --help and dlint check --help: grouped options, examples that work, exit codes. */
class HelpTest {
    @TempDir
    Path cwd;

    record Run(int code, String out, String err) {
    }

    private Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), cwd, false, s -> new Linter(s)::lint);
        int code = Main.run(args, ctx);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyOptionOfCheckIsListedUnderOneHeading() {
        CommandSpec spec = CheckOptions.spec();
        var groups = ((OptionGroups) spec.usageMessage().sectionMap()
                .get(UsageMessageSpec.SECTION_KEY_OPTION_LIST)).groups();
        assertThat(groups.keySet()).containsExactly("Output", "Rules and exit code", "Fixes", "Input", "Other");
        List<OptionSpec> listed = groups.values().stream().flatMap(List::stream).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(spec.options());
    }

    @Test
    void checkHelpHasGroupsExamplesAndExitCodes() {
        Run r = run(new ByteArrayInputStream(new byte[0]), "check", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Lint Dockerfiles, install scripts and requirements files (the default command).\n"
                + "Usage: dlint check [OPTIONS] [PATH...]\n\nDirectories are walked")
                .contains("\nOutput:\n", "\nRules and exit code:\n", "\nFixes:\n", "\nInput:\n", "\nOther:\n",
                        "\nExamples:\n", "\nExit codes:\n", "  2  usage, configuration or I/O error");
        // picocli may break a line inside a word that starts with a dot: the wording avoids it.
        assertThat(r.out()).contains(".dlint.yaml", ".dockerignore");
        for (String line : r.out().split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
        Run top = run(new ByteArrayInputStream(new byte[0]), "--help");
        assertThat(top.out()).contains("Commands:", "check", "rules", "explain", "completion", "Exit codes:");
    }

    /** Each example in the footer runs (exit 0 or 1, nothing on stderr) on a small project. */
    @Test
    void theExamplesInTheHelpRun() throws Exception {
        String dockerfile = "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n";
        Run help = run(new ByteArrayInputStream(new byte[0]), "check", "--help");
        Matcher m = Pattern.compile("(?m)^  dlint (check[^\\n]*?)(?: {2,}.*)?$").matcher(help.out());
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1).trim());
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
        for (String example : examples) {
            Files.writeString(cwd.resolve("Dockerfile"), dockerfile);
            Files.writeString(cwd.resolve("requirements.txt"), "flask==3.0.3\n");
            String command = example;
            InputStream stdin = new ByteArrayInputStream(new byte[0]);
            int redirect = command.indexOf(" < ");
            if (redirect >= 0) {
                stdin = Files.newInputStream(cwd.resolve(command.substring(redirect + 3).trim()));
                command = command.substring(0, redirect);
            }
            Run r = run(stdin, command.split(" +"));
            assertThat(r.code()).as(example + "\n" + r.err()).isIn(0, 1);
            assertThat(r.err()).as(example).doesNotContain("dlint:");
            if (example.contains("sarif=dlint.sarif")) {
                assertThat(cwd.resolve("dlint.sarif")).exists();
            }
        }
    }
}
