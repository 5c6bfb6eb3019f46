package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SourceFile;
import dev.dlint.syntax.Recognizers;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recognizers' background initialisation (issue #7) must finish, and a check that races it in a
 * fresh JVM, where the classes are really initialised concurrently, must find exactly what a check
 * in a JVM that initialised them long ago finds.
 */
class RecognizerInitTest {
    private static final String[] CHECK = {"check", "--no-color", "--no-progress", "--format", "json", "examples"};

    @TempDir
    Path dir;

    @Test
    void initialisationEndsAndLeavesWorkingRecognizers() throws Exception {
        Thread thread = Recognizers.initializeInBackground();
        thread.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(thread.isAlive()).as("still initialising after 60 s").isFalse();
        assertThat(thread.isDaemon()).as("a daemon: it never holds up the exit").isTrue();
        assertThat(DockerfileSyntax.parse(SourceFile.of("Dockerfile", "FROM debian\nRUN apt-get update && make\n"))
                .instructions()).hasSize(2);
    }

    @Test
    void aCheckRacingTheInitialisationFindsWhatAWarmJvmFinds() throws Exception {
        String expected = inProcess();
        assertThat(expected).contains("\"code\"");
        for (int run = 0; run < 4; run++) {
            assertThat(freshJvm(run)).as("fresh JVM run %d", run).isEqualTo(expected);
        }
    }

    private static String inProcess() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]), stdout, stderr, Map.of(),
                Path.of("").toAbsolutePath(), false, new CliContext.DefaultLinters());
        Main.run(CHECK, ctx);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String freshJvm(int run) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(CHECK));
        Path out = dir.resolve("out" + run + ".json");
        Path err = dir.resolve("err" + run + ".txt");
        Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isIn(0, 1);
        return Files.readString(out);
    }
}
