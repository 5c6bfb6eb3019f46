package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI is built with picocli's programmatic API because reading annotations (picocli's own
 * annotation types, an annotation proxy class per type) and injecting fields reflectively cost ~100 ms
 * of a cold start. A fresh JVM's class-load log shows whether any of that came back.
 */
class StartupReflectionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"check --no-color Dockerfile", "completion", "explain CA101"})
    void noAnnotationsAreReadAndNoFieldsInjected(String command) throws Exception {
        List<String> loaded = classesLoaded(command);
        assertThat(loaded).as("annotation proxies").noneMatch(c -> c.contains("$Proxy"));
        // (picocli.CommandLine$Command itself is loaded: the CommandLine constructor's code names it.)
        assertThat(loaded).as("picocli's annotation types and reflective bindings").doesNotContainAnyElementsOf(List.of(
                "picocli.CommandLine$Option", "picocli.CommandLine$Parameters",
                "picocli.CommandLine$Spec", "picocli.CommandLine$Mixin", "picocli.CommandLine$Model$FieldBinding",
                "picocli.CommandLine$Model$MethodBinding"));
        assertThat(loaded).as("generated reflection accessors")
                .noneMatch(c -> c.matches("jdk\\.internal\\.reflect\\.Generated\\w*Accessor\\d*"));
    }

    /**
     * The lines hooks and CI run are read by QuickCheckArgs: picocli's parser and command model are
     * not even loaded (a few of its small types are: exception types Main catches, the version interface).
     */
    @ParameterizedTest
    @ValueSource(strings = {"check --no-color --no-progress --fix --show-fixes Dockerfile", "check --format json Dockerfile",
            "Dockerfile", "check --ignore CA101 --fail-on warning --jobs 1 -o out.txt Dockerfile"})
    void plainCheckLinesDoNotLoadPicocli(String command) throws Exception {
        assertThat(classesLoaded(command))
                .noneMatch(c -> c.equals("picocli.CommandLine") || c.startsWith("picocli.CommandLine$Model"));
    }

    @Test
    void otherCheckLinesAreParsedByPicocli() throws Exception {
        assertThat(classesLoaded("check --max-file-size 100000 Dockerfile")).contains("picocli.CommandLine");
    }

    private List<String> classesLoaded(String command) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n");
        Path log = dir.resolve("class-load.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(command.split(" ")));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isIn(0, 1);

        List<String> loaded = Files.readAllLines(log).stream().map(l -> l.split(" ")[1]).toList();
        assertThat(loaded).as("the run was logged").contains(Main.class.getName());
        return loaded;
    }
}
