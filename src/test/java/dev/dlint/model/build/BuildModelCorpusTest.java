package dev.dlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReader;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.testutil.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model never throws over the real-world corpus, with each file's directory as its context. */
class BuildModelCorpusTest {

    @Test
    void modelOfEveryRealWorldDockerfile() throws Exception {
        List<Path> files = Corpus.filesOfKind("dockerfile");
        assertThat(files).isNotEmpty();
        List<String> problems = new ArrayList<>();
        int stages = 0;
        int copies = 0;
        int copied = 0;
        java.util.Map<UnresolvedSource.Reason, Integer> unresolved = new java.util.TreeMap<>();
        for (Path p : files) {
            SourceFile source = new SourceReader().read(p, p.toString());
            Dockerfile file = DockerfileSyntax.parse(source);
            try {
                BuildModel m = BuildModel.of(file, BuildContext.forDockerfile(p));
                stages += m.stages().size();
                for (Instruction i : file.instructions()) {
                    State s = m.stateBefore(i);
                    assertThat(s.workdir()).startsWith("/");
                    if (m.resolution(i).isPresent()) {
                        copies++;
                        copied += m.copiedFiles(i).size();
                        m.unresolvedSources(i).forEach(u -> unresolved.merge(u.reason(), 1, Integer::sum));
                        for (CopiedFile f : m.copiedFiles(i)) {
                            m.contextFileAt(f.imagePath(), i);
                            m.copiesBringing(f.contextPath(), i);
                        }
                    }
                    if (i instanceof Instruction.Run run) {
                        m.contextFileAt("install.sh", run);
                    }
                }
                m.stages().forEach(st -> {
                    m.isReferenced(st);
                    m.isBuilt(st);
                });
            } catch (RuntimeException e) {
                problems.add(p + ": " + e);
            }
        }
        System.out.printf("build model over real-world Dockerfiles: %d files, %d stages, %d COPY/ADD from the "
                        + "context, %d files brought in, unresolved sources %s, %d problems%n",
                files.size(), stages, copies, copied, unresolved, problems.size());
        assertThat(problems).isEmpty();
    }
}
