package dev.dlint.bench;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Linter;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CI-image pattern of one install script per layer ({@code COPY install_k.sh} then
 * {@code RUN bash install_k.sh}, as in pytorch's .ci/docker images): each RUN's script is looked up
 * through the COPYs before it, so lint time per file must grow linearly with the steps, not with
 * their square. Compare the score at 10 and at 80 steps: linear work makes it ~8× lower, not ~64×.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Threads(1)
public class InstallStepsBenchmark {
    @Param({"10", "80"})
    public int steps;

    private SourceFile dockerfile;
    private final Linter linter = new Linter();

    @Setup
    public void build() {
        StringBuilder text = new StringBuilder("ARG UBUNTU_VERSION\nFROM ubuntu:${UBUNTU_VERSION}\nENV DEBIAN_FRONTEND=noninteractive\n");
        for (int k = 0; k < steps; k++) {
            text.append("\nARG STEP_").append(k).append('\n')
                    .append("COPY ./common/install_").append(k).append(".sh install_").append(k).append(".sh\n")
                    .append("RUN if [ -n \"${STEP_").append(k).append("}\" ]; then bash ./install_").append(k)
                    .append(".sh; fi && rm install_").append(k).append(".sh\n");
        }
        dockerfile = SourceFile.of("steps.Dockerfile", text.toString());
    }

    @Benchmark
    public FileResult lintDockerfile() {
        return linter.lint(dockerfile, FileKind.DOCKERFILE);
    }
}
