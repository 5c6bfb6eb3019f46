package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.testutil.ExternalTool;
import dev.dlint.testutil.Readme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code pre-commit} with this repository's {@code .pre-commit-hooks.yaml}: a
 * throwaway repository is configured to use a clone of this worktree's committed HEAD, and
 * {@code git commit} runs the installed hook. The configuration is README's pre-commit snippet. The hook builds dlint's jar in pre-commit's cache on
 * first use, so the whole class shares one {@code PRE_COMMIT_HOME} (one build).
 *
 * <p>Only committed files are tested: uncommitted changes to the hook manifest or to
 * {@code bin/pre-commit-dlint} are not seen until they are committed.
 */
class PreCommitHookTest {
    private static final String CACHE_BUSTING = """
            FROM python:3.12-slim
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt
            CMD ["python", "app.py"]
            """;

    @TempDir
    static Path shared;

    private static Path hookRepo;
    private static String rev;
    private static Path preCommitHome;

    @TempDir
    Path work;

    @BeforeAll
    static void cloneThisRepository() throws Exception {
        ExternalTool.require(onPath("pre-commit"), "pre-commit (apt-get install pre-commit)");
        ExternalTool.require(onPath("git"), "git");
        Path self = Path.of("").toAbsolutePath();
        hookRepo = shared.resolve("hook-repo");
        Result clone = exec(shared, "git", "clone", "--quiet", self.toString(), hookRepo.toString());
        assertThat(clone.code).as(clone.out).isZero();
        Result head = exec(hookRepo, "git", "rev-parse", "HEAD");
        assertThat(head.code).as(head.out).isZero();
        rev = head.out.trim();
        preCommitHome = Files.createDirectories(shared.resolve("pre-commit-home"));
    }

    @Test
    void checkHookFailsACommitWithFindings() throws Exception {
        Path repo = userRepo("dlint");
        write(repo.resolve("Dockerfile"), CACHE_BUSTING);
        write(repo.resolve("requirements.txt"), "flask==3.0.3\n");

        Result commit = commit(repo);

        assertThat(commit.code).as(commit.out).isNotZero();
        assertThat(commit.out).contains("dlint").contains("Failed")
                .contains("Dockerfile:3").contains("CA101");
        assertThat(exec(repo, "git", "rev-parse", "--verify", "-q", "HEAD").code)
                .as("nothing was committed").isNotZero();
    }

    @Test
    void fixHookRewritesTheFile() throws Exception {
        Path repo = userRepo("dlint-fix");
        write(repo.resolve("Dockerfile"), CACHE_BUSTING);
        write(repo.resolve("requirements.txt"), "flask==3.0.3\n");

        Result commit = commit(repo);

        assertThat(commit.code).as(commit.out).isNotZero();
        assertThat(commit.out).contains("files were modified by this hook");
        String fixed = Files.readString(repo.resolve("Dockerfile"));
        assertThat(fixed).isNotEqualTo(CACHE_BUSTING).contains("--mount=type=cache");
    }

    @Test
    void cleanDockerfilePasses() throws Exception {
        Path repo = userRepo("dlint");
        write(repo.resolve("Dockerfile"), """
                # syntax=docker/dockerfile:1
                FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d
                COPY app.sh /usr/local/bin/app.sh
                ENTRYPOINT ["/usr/local/bin/app.sh"]
                """);
        write(repo.resolve("app.sh"), "#!/bin/sh\nset -eu\necho hello\n");
        write(repo.resolve(".dockerignore"), ".git\n");

        Result commit = commit(repo);

        assertThat(commit.code).as(commit.out).isZero();
        assertThat(commit.out).containsPattern("dlint\\.+Passed");
    }

    /** A new git repository whose pre-commit config runs one hook of the cloned dlint. */
    private Path userRepo(String hookId) throws Exception {
        Path repo = work.resolve("user-repo");
        Files.createDirectories(repo);
        for (String[] cmd : new String[][] {
                {"git", "init", "--quiet"},
                {"git", "config", "user.email", "test@example.invalid"},
                {"git", "config", "user.name", "dlint test"},
                {"git", "config", "commit.gpgsign", "false"}}) {
            Result r = exec(repo, cmd);
            assertThat(r.code).as(r.out).isZero();
        }
        write(repo.resolve(".pre-commit-config.yaml"), readmeConfig(hookId));
        Result install = exec(repo, "pre-commit", "install");
        assertThat(install.code).as(install.out).isZero();
        return repo;
    }

    /**
     * The configuration README "pre-commit" tells users to write, pointed at the clone: its first
     * snippet, with the second snippet's hook line instead for the fix hook.
     */
    static String readmeConfig(String hookId) {
        List<Readme.Block> blocks = Readme.blocks(Readme.section("pre-commit"));
        String config = blocks.get(0).text();
        String repoLine = "repo: https://example.invalid/dlint.git";
        String revLine = "rev: <tag or commit>";
        String checkHook = "      - id: dlint ";
        assertThat(config).contains(repoLine, revLine, checkHook);
        config = config.replace(repoLine, "repo: " + hookRepo).replace(revLine, "rev: " + rev);
        if (hookId.equals("dlint-fix")) {
            String fixHook = blocks.get(1).text();
            assertThat(fixHook).isEqualTo("      - id: dlint-fix\n");
            config = config.lines().map(l -> l.startsWith(checkHook) ? fixHook.stripTrailing() : l)
                    .reduce("", (a, b) -> a + b + "\n");
        }
        assertThat(config).contains("- id: " + hookId + (hookId.equals("dlint") ? " " : "\n"));
        return config;
    }

    private static Result commit(Path repo) throws Exception {
        Result add = exec(repo, "git", "add", "-A");
        assertThat(add.code).as(add.out).isZero();
        return exec(repo, "git", "commit", "-m", "test");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private record Result(int code, String out) {
    }

    private static Result exec(Path dir, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PRE_COMMIT_HOME", preCommitHome == null ? shared.resolve("pre-commit-home").toString()
                : preCommitHome.toString());
        env.put("PRE_COMMIT_COLOR", "never");
        env.put("NO_COLOR", "1");
        // Keep the user's git configuration (hooksPath, templates, signing) out of the test.
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        env.remove("GIT_INDEX_FILE");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        // The first hook run builds dlint's jar in pre-commit's clone.
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        List<String> dirs = new ArrayList<>(List.of(path.split(java.io.File.pathSeparator)));
        return dirs.stream().anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }
}
