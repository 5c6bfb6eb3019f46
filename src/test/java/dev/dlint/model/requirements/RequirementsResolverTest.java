package dev.dlint.model.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.model.requirements.RequirementsResolver.Problem;
import dev.dlint.model.requirements.RequirementsResolver.Resolution;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementsResolverTest {

    private final Map<Path, String> files = new HashMap<>();

    private Resolution resolve(String root) {
        return new RequirementsResolver(path -> Optional.ofNullable(files.get(path))
                .map(text -> SourceFile.of(path, path.toString(), text, false))).resolve(Path.of(root));
    }

    private static String name(RequirementsFile file) {
        return file.source().path().toString();
    }

    @Test
    void followsIncludesRelativeToTheIncludingFile() {
        files.put(Path.of("app/requirements.txt"), "-r base/common.txt\n-c constraints.txt\nflask==3\n");
        files.put(Path.of("app/base/common.txt"), "-r ../extra.txt\nrequests==2\n");
        files.put(Path.of("app/extra.txt"), "numpy==1\n");
        files.put(Path.of("app/constraints.txt"), "urllib3<3\n");
        Resolution result = resolve("app/requirements.txt");
        assertThat(result.problems()).isEmpty();
        assertThat(result.files()).extracting(RequirementsResolverTest::name).containsExactly(
                "app/requirements.txt", "app/base/common.txt", "app/extra.txt", "app/constraints.txt");
        assertThat(result.constraintFiles()).containsExactly(Path.of("app/constraints.txt"));
    }

    @Test
    void missingIncludeIsAProblemAtTheIncludePath() {
        files.put(Path.of("requirements.txt"), "flask\n-r dev.txt\n");
        Resolution result = resolve("requirements.txt");
        assertThat(result.files()).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.kind()).isEqualTo(Problem.Kind.MISSING_INCLUDE);
        assertThat(problem.span()).isEqualTo(Span.of(9, 16));
        assertThat(problem.target()).isEqualTo(Path.of("dev.txt"));
        assertThat(problem.file().path()).isEqualTo(Path.of("requirements.txt"));
        assertThat(problem.message()).contains("dev.txt");
    }

    @Test
    void cyclesAreReportedOnceAndTerminate() {
        files.put(Path.of("a.txt"), "-r b.txt\n");
        files.put(Path.of("b.txt"), "x==1\n-r ./a.txt\n");
        Resolution result = resolve("a.txt");
        assertThat(result.files()).extracting(RequirementsResolverTest::name).containsExactly("a.txt", "b.txt");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INCLUDE_CYCLE);
            assertThat(p.file().path()).isEqualTo(Path.of("b.txt"));
            assertThat(p.span()).isEqualTo(Span.of(8, 15));
        });
    }

    @Test
    void selfInclude() {
        files.put(Path.of("r.txt"), "-r r.txt\n");
        Resolution result = resolve("r.txt");
        assertThat(result.files()).hasSize(1);
        assertThat(result.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.INCLUDE_CYCLE);
    }

    @Test
    void diamondIsNotACycle() {
        files.put(Path.of("top.txt"), "-r left.txt\n-r right.txt\n");
        files.put(Path.of("left.txt"), "-r shared.txt\n");
        files.put(Path.of("right.txt"), "-c shared.txt\n");
        files.put(Path.of("shared.txt"), "six==1\n");
        Resolution result = resolve("top.txt");
        assertThat(result.problems()).isEmpty();
        assertThat(result.files()).extracting(RequirementsResolverTest::name)
                .containsExactly("top.txt", "left.txt", "shared.txt", "right.txt");
        // Reached as a requirement file too, so not a constraints-only file.
        assertThat(result.constraintFiles()).isEmpty();
    }

    @Test
    void remoteAndEnvironmentDependentIncludesAreNotFollowed() {
        files.put(Path.of("r.txt"), "-r https://example.com/r.txt\n-r ${DIR}/x.txt\n");
        Resolution result = resolve("r.txt");
        assertThat(result.files()).hasSize(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void missingRoot() {
        Resolution result = resolve("nope.txt");
        assertThat(result.files()).isEmpty();
        assertThat(result.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.MISSING_ROOT);
    }

    @Test
    void absoluteIncludesStayAbsolute() {
        files.put(Path.of("/ctx/r.txt"), "-r /shared/base.txt\n");
        files.put(Path.of("/shared/base.txt"), "a==1\n");
        assertThat(resolve("/ctx/r.txt").files()).hasSize(2);
    }
}
