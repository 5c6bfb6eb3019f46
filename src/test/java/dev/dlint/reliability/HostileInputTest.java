package dev.dlint.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.source.SourceFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs meant to crash, hang or exhaust dlint. Each must end quickly with a per-file error or a
 * normal result. Every case prints a line "hostile | case | exit | ms | peak heap MB | outcome".
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private static final StringBuilder TABLE = new StringBuilder();

    @AfterAll
    static void printTable() {
        System.out.print(TABLE);
    }

    record Result(String output, long millis, long peakMb) {
    }

    /** Runs the CLI in {@link #dir}, timing it and measuring the heap pools' peak. */
    private Result cli(String name, Duration limit, String... args) {
        System.gc(); // so the peak below is this case's, not garbage left by an earlier one
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        long t0 = System.nanoTime();
        String out = assertTimeoutPreemptively(limit, () -> PropertiesTest.runCli(dir, args));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        long mb = peak / (1024 * 1024);
        String summary = out.lines().filter(l -> l.contains("error") || l.contains("E00") || l.startsWith("exit"))
                .limit(3).map(l -> l.length() > 140 ? l.substring(0, 140) : l).reduce((a, b) -> a + " / " + b)
                .orElse("");
        synchronized (TABLE) {
            TABLE.append(String.format("hostile | %-32s | %6d ms | %5d MB | %s%n", name, ms, mb, summary));
        }
        return new Result(out, ms, mb);
    }

    private Path sparse(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a100MbFileIsRefusedBySize() throws IOException {
        sparse("big.Dockerfile", 100L * 1024 * 1024);
        Result r = cli("100 MB sparse file", Duration.ofSeconds(30), "big.Dockerfile");
        assertThat(r.output()).contains("big.Dockerfile").contains("size limit");
    }

    @Test
    void a50MbSingleLineIsRefusedBySize() throws IOException {
        Path p = dir.resolve("line.Dockerfile");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            out.write("FROM x\nRUN echo ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50 * 16; i++) {
                out.write(chunk);
            }
        }
        Result r = cli("50 MB single line", Duration.ofSeconds(30), "line.Dockerfile");
        assertThat(r.output()).contains("line.Dockerfile").contains("size limit");
    }

    private static String nest(String open, String close, int depth, String inner) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    @Test
    void deepNestingInARunIsAShellSyntaxError() throws IOException {
        int depth = 100_000;
        write("a.Dockerfile", "FROM x\nRUN echo " + nest("$(", ")", depth, "true") + "\n");
        write("b.Dockerfile", "FROM x\nRUN " + nest("(", ")", depth, "true") + "\n");
        write("c.Dockerfile", "FROM x\nRUN " + nest("{ ", "; }", depth, "true") + "\n");
        for (String f : new String[] {"a.Dockerfile", "b.Dockerfile", "c.Dockerfile"}) {
            Result r = cli("100k nesting in RUN " + f.charAt(0), Duration.ofSeconds(60), "--format", "json", f);
            assertThat(r.output()).contains("E002").doesNotContain("E900").doesNotContain("internal error");
        }
    }

    @Test
    void deepNestingInAScriptIsAShellSyntaxError() throws IOException {
        int depth = 100_000;
        String[] texts = {nest("$(", ")", depth, "true"), nest("(", ")", depth, "true"),
            nest("{ ", "; }", depth, "true")};
        for (int i = 0; i < texts.length; i++) {
            String text = "#!/bin/sh\necho " + texts[i] + "\n";
            ParsedScript p = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> ShellScriptParser.parse(SourceFile.of("s.sh", text)));
            assertThat(p.error()).isPresent();
            write("s" + i + ".sh", text);
            Result r = cli("100k nesting in script " + i, Duration.ofSeconds(60), "--format", "json", "s" + i + ".sh");
            assertThat(r.output()).contains("E002").doesNotContain("E900");
        }
    }

    @Test
    void aMillionContinuationLinesInOneRun() throws IOException {
        StringBuilder sb = new StringBuilder(8_000_000).append("FROM x\nRUN echo \\\n");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(" a \\\n");
        }
        sb.append(" b\n");
        write("cont.Dockerfile", sb.toString());
        Result r = cli("1M continuation lines", Duration.ofSeconds(120), "--max-file-size", "100000000",
                "--format", "json", "cont.Dockerfile");
        assertThat(r.output()).startsWith("exit ").doesNotContain("E900");
    }

    @Test
    void tenThousandHeredocs() throws IOException {
        StringBuilder sb = new StringBuilder("# syntax=docker/dockerfile:1\nFROM x\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("RUN <<EOF\necho ").append(i).append("\nEOF\n");
        }
        write("many.Dockerfile", sb.toString());
        StringBuilder one = new StringBuilder("FROM x\nRUN cat");
        for (int i = 0; i < 10_000; i++) {
            one.append(" <<E").append(i);
        }
        one.append('\n');
        for (int i = 0; i < 10_000; i++) {
            one.append("x\nE").append(i).append('\n');
        }
        write("one.Dockerfile", one.toString());
        Result r = cli("10k heredocs (10k RUNs)", Duration.ofSeconds(120), "--format", "json", "many.Dockerfile");
        assertThat(r.output()).doesNotContain("E900");
        Result r2 = cli("10k heredocs (one RUN)", Duration.ofSeconds(120), "--format", "json", "one.Dockerfile");
        assertThat(r2.output()).doesNotContain("E900");
    }

    @Test
    void binaryAndNonUtf8FilesAreRefused() throws IOException {
        write("nul.Dockerfile", "FROM x\nRUN a\0b\n");
        write("bad.Dockerfile", new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        byte[] utf16 = "\uFEFFFROM x\n".getBytes(StandardCharsets.UTF_16LE);
        write("u16.Dockerfile", utf16);
        Result nul = cli("NUL bytes", Duration.ofSeconds(10), "nul.Dockerfile");
        assertThat(nul.output()).contains("nul.Dockerfile").contains("NUL");
        Result bad = cli("invalid UTF-8", Duration.ofSeconds(10), "bad.Dockerfile");
        assertThat(bad.output()).contains("bad.Dockerfile").contains("UTF-8");
        Result u16 = cli("UTF-16 with BOM", Duration.ofSeconds(10), "u16.Dockerfile");
        assertThat(u16.output()).contains("u16.Dockerfile").contains("UTF-16");
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("fifo.Dockerfile");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo not available");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> new SourceReader().read(fifo, "fifo.Dockerfile"))
                        .isInstanceOf(SourceReadException.class).hasMessageContaining("not a regular file"));
        Result r = cli("FIFO as a path", Duration.ofSeconds(10), "fifo.Dockerfile");
        assertThat(r.output()).contains("fifo.Dockerfile").contains("not a regular file");
        Result walk = cli("FIFO in a directory walk", Duration.ofSeconds(10), ".");
        assertThat(walk.output()).startsWith("exit ");
    }

    @Test
    void devZeroIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero not available");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> new SourceReader().read(zero, "/dev/zero"))
                        .isInstanceOf(SourceReadException.class).hasMessageContaining("not a regular file"));
        Result r = cli("/dev/zero as a path", Duration.ofSeconds(10), "/dev/zero");
        assertThat(r.output()).contains("/dev/zero").contains("exit 2");
    }

    @Test
    void aSymlinkLoopIsAPerFileError() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.Dockerfile"), dir.resolve("b.Dockerfile"));
        Files.createSymbolicLink(dir.resolve("b.Dockerfile"), dir.resolve("a.Dockerfile"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir.resolve("sub"));
        Result r = cli("symlink loop as a path", Duration.ofSeconds(10), "a.Dockerfile");
        assertThat(r.output()).contains("a.Dockerfile");
        Result walk = cli("symlink loops in a walk", Duration.ofSeconds(10), ".");
        assertThat(walk.output()).startsWith("exit ");
    }

    @Test
    void anUnreadableDirectoryIsAPerFileError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any directory");
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        write("locked/Dockerfile", "FROM x\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Result r = cli("unreadable directory", Duration.ofSeconds(10), ".");
            assertThat(r.output()).contains("locked");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
