package dev.dlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildModelTest {

    /** A realistic Python project context. */
    static Map<String, String> projectFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Dockerfile", "FROM python:3.11\n");
        files.put(".dockerignore", "*.md\n.git\n");
        files.put("README.md", "# demo\n");
        files.put("requirements.txt", "-r requirements/base.txt\n");
        files.put("requirements-dev.txt", "pytest==8.0.0\n");
        files.put("requirements/base.txt", "flask==3.0.0\n");
        files.put("scripts/install.sh", "#!/bin/sh\nset -e\npip install -r requirements.txt\n");
        files.put("src/app.py", "print('hi')\n");
        files.put("src/util/helpers.py", "\n");
        files.put(".git/config", "[core]\n");
        return files;
    }

    static BuildModel model(String dockerfile) {
        return model(dockerfile, BuildContext.inMemory(projectFiles()));
    }

    static BuildModel model(String dockerfile, BuildContext context) {
        Dockerfile file = DockerfileSyntax.parse(SourceFile.of("Dockerfile", dockerfile));
        return BuildModel.of(file, context);
    }

    /** The n-th instruction whose text starts with {@code prefix} (0-based). */
    static Instruction at(BuildModel m, String prefix, int n) {
        int seen = 0;
        for (Instruction i : m.dockerfile().instructions()) {
            if (m.dockerfile().source().slice(i.span()).startsWith(prefix) && seen++ == n) {
                return i;
            }
        }
        throw new AssertionError("no instruction starting with " + prefix);
    }

    static Instruction at(BuildModel m, String prefix) {
        return at(m, prefix, 0);
    }

    static final String MULTI_STAGE = """
            # syntax=docker/dockerfile:1
            ARG PYTHON_VERSION=3.11
            ARG APP_HOME=/app
            FROM python:${PYTHON_VERSION}-slim AS Builder
            ARG APP_HOME
            ENV APP_HOME=$APP_HOME
            WORKDIR $APP_HOME
            COPY requirements*.txt ./
            COPY requirements/ requirements/
            COPY scripts/install.sh /tmp/
            RUN pip wheel -r requirements.txt -w /wheels
            COPY . .
            WORKDIR src
            RUN python -m compileall .

            FROM builder AS test
            RUN pytest

            FROM python:${PYTHON_VERSION}-slim AS docs
            RUN echo docs

            FROM python:${PYTHON_VERSION}-slim
            COPY --from=builder /wheels /wheels
            RUN useradd app
            USER app
            COPY src/ /app/src/
            COPY scripts/install.sh /app/scripts/
            RUN bash /app/scripts/install.sh
            """;

    @Test
    void stagesNamesBasesParentsAndFinalStage() {
        BuildModel m = model(MULTI_STAGE);
        assertThat(m.stages()).extracting(Stage::index, Stage::name, Stage::baseImage)
                .containsExactly(
                        tuple(0, "builder", "python:3.11-slim"),
                        tuple(1, "test", "builder"),
                        tuple(2, "docs", "python:3.11-slim"),
                        tuple(3, null, "python:3.11-slim"));
        Stage builder = m.stages().get(0);
        assertThat(m.stages().get(1).parent()).contains(builder);
        assertThat(builder.parent()).isEmpty();
        assertThat(m.stages().get(3).parent()).isEmpty();
        assertThat(m.finalStage()).contains(m.stages().get(3));
        assertThat(m.stageOf(at(m, "RUN pytest"))).contains(m.stages().get(1));
        assertThat(m.stageOf(at(m, "ARG PYTHON_VERSION"))).isEmpty();
        assertThat(m.stageOf(at(m, "FROM builder"))).contains(m.stages().get(1));
        assertThat(builder.instructions()).first().isSameAs(at(m, "ARG APP_HOME", 1));
        assertThat(m.stageNamed("BUILDER")).contains(builder);
        assertThat(m.stageNamed("2")).contains(m.stages().get(2));
        assertThat(m.stageNamed("9")).isEmpty();
    }

    @Test
    void referencedStagesEndUpInTheImageBuiltStagesAreNeeded() {
        BuildModel m = model(MULTI_STAGE);
        List<Stage> s = m.stages();
        assertThat(m.imageStages()).containsExactly(s.get(3));
        // builder is used through COPY --from; test and docs are not needed for the final image.
        assertThat(s).filteredOn(m::isReferenced).containsExactly(s.get(3));
        assertThat(s).filteredOn(m::isBuilt).containsExactly(s.get(0), s.get(3));

        BuildModel chain = model("""
                FROM alpine AS base
                FROM base AS mid
                RUN --mount=type=bind,from=tools,target=/t true
                FROM alpine AS tools
                FROM mid
                """);
        List<Stage> c = chain.stages();
        assertThat(chain.imageStages()).containsExactly(c.get(0), c.get(1), c.get(3));
        assertThat(c).filteredOn(chain::isBuilt).containsExactly(c.get(0), c.get(1), c.get(2), c.get(3));
        assertThat(chain.isReferenced(c.get(2))).isFalse();
        assertThat(chain.isReferenced(c.get(1))).isTrue();
    }

    @Test
    void stageParentByIndex() {
        BuildModel m = model("FROM alpine\nRUN true\nFROM 0\nRUN true\n");
        assertThat(m.stages().get(1).parent()).contains(m.stages().get(0));
    }

    @Test
    void workdirChains() {
        BuildModel m = model("""
                FROM alpine
                RUN pwd
                WORKDIR /app
                WORKDIR src
                RUN pwd
                WORKDIR ../lib/./x/
                RUN pwd
                ENV APP_HOME=/srv/home
                WORKDIR $APP_HOME
                RUN pwd
                WORKDIR ${APP_HOME}/sub
                RUN pwd
                """);
        assertThat(m.stateBefore(at(m, "RUN pwd", 0)).workdir()).isEqualTo("/");
        assertThat(m.stateBefore(at(m, "RUN pwd", 0)).workdirSet()).isFalse();
        assertThat(m.stateBefore(at(m, "RUN pwd", 1)).workdir()).isEqualTo("/app/src");
        assertThat(m.stateBefore(at(m, "RUN pwd", 2)).workdir()).isEqualTo("/app/lib/x");
        assertThat(m.stateBefore(at(m, "RUN pwd", 3)).workdir()).isEqualTo("/srv/home");
        assertThat(m.stateBefore(at(m, "RUN pwd", 4)).workdir()).isEqualTo("/srv/home/sub");
    }

    @Test
    void workdirAndUserAreInheritedThroughFromStage() {
        BuildModel m = model(MULTI_STAGE);
        assertThat(m.stateBefore(at(m, "RUN pip wheel")).workdir()).isEqualTo("/app");
        assertThat(m.stateBefore(at(m, "RUN python")).workdir()).isEqualTo("/app/src");
        assertThat(m.stateBefore(at(m, "RUN pytest")).workdir()).isEqualTo("/app/src");
        assertThat(m.stateBefore(at(m, "RUN echo docs")).workdir()).isEqualTo("/");
        assertThat(m.stateAtEnd(m.stages().get(0)).workdir()).isEqualTo("/app/src");
    }

    @Test
    void userAndHome() {
        BuildModel m = model("""
                FROM alpine AS base
                RUN id
                USER app:app
                RUN id
                USER 0
                RUN id
                ARG NAME=svc
                USER $NAME
                RUN id
                ENV HOME=/data
                RUN id
                FROM base
                RUN id
                FROM alpine
                RUN id
                """);
        State s0 = m.stateBefore(at(m, "RUN id", 0));
        assertThat(s0.user()).isEqualTo("root");
        assertThat(s0.home()).isEqualTo("/root");
        assertThat(s0.isRoot()).isTrue();
        State s1 = m.stateBefore(at(m, "RUN id", 1));
        assertThat(s1.user()).isEqualTo("app:app");
        assertThat(s1.userName()).isEqualTo("app");
        assertThat(s1.home()).isEqualTo("/home/app");
        assertThat(m.stateBefore(at(m, "RUN id", 2)).home()).isEqualTo("/root");
        assertThat(m.stateBefore(at(m, "RUN id", 3)).user()).isEqualTo("svc");
        assertThat(m.stateBefore(at(m, "RUN id", 3)).home()).isEqualTo("/home/svc");
        assertThat(m.stateBefore(at(m, "RUN id", 4)).home()).isEqualTo("/data");
        // Inherited through FROM base.
        assertThat(m.stateBefore(at(m, "RUN id", 5)).user()).isEqualTo("svc");
        assertThat(m.stateBefore(at(m, "RUN id", 5)).home()).isEqualTo("/data");
        assertThat(m.stateBefore(at(m, "RUN id", 6)).user()).isEqualTo("root");
    }

    @Test
    void shellDefaultsAndIsInherited() {
        BuildModel m = model("""
                FROM debian AS a
                RUN echo 1
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN echo 2
                FROM a
                RUN echo 3
                FROM debian
                RUN echo 4
                """);
        assertThat(m.stateBefore(at(m, "RUN echo 1")).shell()).containsExactly("/bin/sh", "-c");
        assertThat(m.stateBefore(at(m, "RUN echo 2")).shell()).containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(m.stateBefore(at(m, "RUN echo 3")).shell()).containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(m.stateBefore(at(m, "RUN echo 4")).shell()).containsExactly("/bin/sh", "-c");
    }

    @Test
    void globalArgIsInvisibleInsideAStageUntilRedeclared() {
        BuildModel m = model("""
                ARG VERSION=1.2
                ARG BASE=alpine
                FROM ${BASE}:3.19
                RUN echo $VERSION
                ARG VERSION
                RUN echo $VERSION
                """);
        assertThat(m.stages().get(0).baseImage()).isEqualTo("alpine:3.19");
        assertThat(m.globalArgs()).containsOnlyKeys("VERSION", "BASE");
        Instruction first = at(m, "RUN echo", 0);
        Instruction second = at(m, "RUN echo", 1);
        assertThat(m.stateBefore(first).variable("VERSION")).isEmpty();
        assertThat(m.stateBefore(second).value("VERSION")).contains("1.2");
        assertThat(m.stateBefore(second).variable("VERSION").orElseThrow().declaredBy()).isSameAs(at(m, "ARG VERSION", 1));
        assertThat(m.stateBefore(second).variable("BASE")).isEmpty();
        // The FROM line sees the globals.
        assertThat(m.stateBefore(m.stages().get(0).from()).value("BASE")).contains("alpine");
        assertThat(m.expand(m.stages().get(0).from().image(), m.stages().get(0).from()).value()).isEqualTo("alpine:3.19");
    }

    @Test
    void stageArgInScopeFromItsLineAndEnvOverridesArg() {
        BuildModel m = model("""
                FROM alpine
                RUN echo 1
                ARG MODE=dev
                RUN echo 2
                ENV MODE=prod
                RUN echo 3
                ARG MODE=other
                RUN echo 4
                ENV A=x B=$MODE C=${A}y
                RUN echo 5
                """);
        assertThat(m.stateBefore(at(m, "RUN echo 1")).variable("MODE")).isEmpty();
        Variable arg = m.stateBefore(at(m, "RUN echo 2")).variable("MODE").orElseThrow();
        assertThat(arg).extracting(Variable::value, Variable::kind).containsExactly("dev", Variable.Kind.ARG);
        Variable env = m.stateBefore(at(m, "RUN echo 3")).variable("MODE").orElseThrow();
        assertThat(env).extracting(Variable::value, Variable::kind).containsExactly("prod", Variable.Kind.ENV);
        // A later ARG of the same name does not beat the ENV.
        assertThat(m.stateBefore(at(m, "RUN echo 4")).value("MODE")).contains("prod");
        // One ENV instruction expands every value with the variables from before it.
        State s5 = m.stateBefore(at(m, "RUN echo 5"));
        assertThat(s5.value("B")).contains("prod");
        assertThat(s5.value("C")).contains("y");
    }

    @Test
    void argsAndEnvAreInheritedByStagesBuiltFromTheStageOnly() {
        BuildModel m = model("""
                FROM alpine AS builder
                ARG TOKEN
                ENV PIP_INDEX_URL=https://example.org/simple
                FROM builder AS child
                RUN echo child
                FROM alpine AS other
                RUN echo other
                """);
        State child = m.stateBefore(at(m, "RUN echo child"));
        assertThat(child.variable("TOKEN")).hasValueSatisfying(v -> {
            assertThat(v.kind()).isEqualTo(Variable.Kind.ARG);
            assertThat(v.value()).isNull();
        });
        assertThat(child.value("PIP_INDEX_URL")).contains("https://example.org/simple");
        State other = m.stateBefore(at(m, "RUN echo other"));
        assertThat(other.variables()).isEmpty();
    }

    @Test
    void expandUsesVisibleVariablesAndEscape() {
        BuildModel m = model("""
                # escape=`
                FROM alpine
                ENV DIR=/opt/x
                COPY a.txt $DIR/`$HOME/
                """);
        Instruction.Copy copy = (Instruction.Copy) at(m, "COPY");
        assertThat(m.expand(copy.destination(), copy).value()).isEqualTo("/opt/x/$HOME/");
    }

    @Test
    void copyDotDotBringsEverythingNotIgnoredAtTheWorkdir() {
        BuildModel m = model(MULTI_STAGE);
        Instruction copy = at(m, "COPY . .");
        assertThat(m.copiedFiles(copy)).extracting(CopiedFile::contextPath, CopiedFile::imagePath)
                .containsExactlyInAnyOrder(
                        tuple(".dockerignore", "/app/.dockerignore"),
                        tuple("Dockerfile", "/app/Dockerfile"),
                        tuple("requirements.txt", "/app/requirements.txt"),
                        tuple("requirements-dev.txt", "/app/requirements-dev.txt"),
                        tuple("requirements/base.txt", "/app/requirements/base.txt"),
                        tuple("scripts/install.sh", "/app/scripts/install.sh"),
                        tuple("src/app.py", "/app/src/app.py"),
                        tuple("src/util/helpers.py", "/app/src/util/helpers.py"));
        assertThat(m.unresolvedSources(copy)).isEmpty();
        assertThat(m.resolution(copy).orElseThrow().intoDirectory()).isTrue();
    }

    @Test
    void copyGlobIntoDirectory() {
        BuildModel m = model(MULTI_STAGE);
        Instruction copy = at(m, "COPY requirements*.txt");
        assertThat(m.copiedFiles(copy)).extracting(CopiedFile::contextPath, CopiedFile::imagePath)
                .containsExactly(
                        tuple("requirements-dev.txt", "/app/requirements-dev.txt"),
                        tuple("requirements.txt", "/app/requirements.txt"));
        Instruction dir = at(m, "COPY requirements/");
        assertThat(m.copiedFiles(dir)).extracting(CopiedFile::contextPath, CopiedFile::imagePath)
                .containsExactly(tuple("requirements/base.txt", "/app/requirements/base.txt"));
    }

    @Test
    void copyDirectoryCopiesItsContents() {
        BuildModel m = model(MULTI_STAGE);
        Instruction copy = at(m, "COPY src/ /app/src/");
        assertThat(m.copiedFiles(copy)).extracting(CopiedFile::contextPath, CopiedFile::imagePath)
                .containsExactly(
                        tuple("src/app.py", "/app/src/app.py"),
                        tuple("src/util/helpers.py", "/app/src/util/helpers.py"));
        BuildModel noSlash = model("FROM alpine\nCOPY src /code\n");
        assertThat(noSlash.copiedFiles(at(noSlash, "COPY"))).extracting(CopiedFile::imagePath)
                .containsExactly("/code/app.py", "/code/util/helpers.py");
    }

    @Test
    void copySingleFileIntoDirectoryOrRenamed() {
        BuildModel m = model(MULTI_STAGE);
        assertThat(m.copiedFiles(at(m, "COPY scripts/install.sh /tmp/")))
                .extracting(CopiedFile::contextPath, CopiedFile::imagePath)
                .containsExactly(tuple("scripts/install.sh", "/tmp/install.sh"));

        BuildModel r = model("""
                FROM alpine
                COPY requirements.txt /b.txt
                WORKDIR /w
                COPY requirements.txt reqs.txt
                COPY requirements.txt .
                COPY requirements.txt requirements-dev.txt /multi
                """);
        assertThat(r.copiedFiles(at(r, "COPY requirements.txt /b.txt"))).extracting(CopiedFile::imagePath)
                .containsExactly("/b.txt");
        assertThat(r.copiedFiles(at(r, "COPY requirements.txt reqs"))).extracting(CopiedFile::imagePath)
                .containsExactly("/w/reqs.txt");
        assertThat(r.copiedFiles(at(r, "COPY requirements.txt ."))).extracting(CopiedFile::imagePath)
                .containsExactly("/w/requirements.txt");
        assertThat(r.copiedFiles(at(r, "COPY requirements.txt requirements-dev"))).extracting(CopiedFile::imagePath)
                .containsExactly("/multi/requirements.txt", "/multi/requirements-dev.txt");
    }

    @Test
    void contextFileAtFollowsTheCopyThatPutItThere() {
        BuildModel m = model(MULTI_STAGE);
        Instruction run = at(m, "RUN bash /app/scripts/install.sh");
        assertThat(m.contextFileAt("/app/scripts/install.sh", run)).contains("scripts/install.sh");
        assertThat(m.contextFileAt("/app/src/app.py", run)).contains("src/app.py");
        assertThat(m.contextFileAt("/app/requirements.txt", run)).isEmpty();
        // In builder, relative to WORKDIR, and through FROM builder in the test stage.
        Instruction pip = at(m, "RUN pip wheel");
        assertThat(m.contextFileAt("requirements.txt", pip)).contains("requirements.txt");
        assertThat(m.contextFileAt("/tmp/install.sh", pip)).contains("scripts/install.sh");
        assertThat(m.contextFileAt("src/app.py", pip)).isEmpty(); // COPY . . comes later
        Instruction pytest = at(m, "RUN pytest");
        assertThat(m.contextFileAt("app.py", pytest)).contains("src/app.py");
        assertThat(m.contextFileAt("/app/requirements/base.txt", pytest)).contains("requirements/base.txt");
    }

    @Test
    void laterCopyWinsAndHeredocOrFromOverwrites() {
        BuildModel m = model("""
                FROM alpine AS b
                RUN true
                FROM alpine
                COPY requirements.txt /x.txt
                COPY requirements-dev.txt /x.txt
                RUN cat /x.txt
                COPY <<EOF /x.txt
                hello
                EOF
                RUN cat /x.txt again
                COPY requirements.txt /y.txt
                COPY --from=b /etc/hosts /y.txt
                RUN cat /y.txt
                """);
        assertThat(m.contextFileAt("/x.txt", at(m, "RUN cat /x.txt"))).contains("requirements-dev.txt");
        assertThat(m.contextFileAt("/x.txt", at(m, "RUN cat /x.txt again"))).isEmpty();
        assertThat(m.contextFileAt("/y.txt", at(m, "RUN cat /y.txt"))).isEmpty();
        assertThat(m.copiedFiles(at(m, "COPY <<EOF"))).isEmpty();
        assertThat(m.unresolvedSources(at(m, "COPY <<EOF"))).isEmpty();
    }

    @Test
    void copiesBringingAFile() {
        BuildModel m = model(MULTI_STAGE);
        Instruction pytest = at(m, "RUN pytest");
        assertThat(m.copiesBringing("requirements.txt", pytest))
                .containsExactly(at(m, "COPY requirements*.txt"), at(m, "COPY . ."));
        assertThat(m.copiesBringing("./scripts/install.sh", at(m, "RUN pip wheel")))
                .containsExactly(at(m, "COPY scripts/install.sh /tmp/"));
        Instruction last = at(m, "RUN bash");
        assertThat(m.copiesBringing("scripts/install.sh", last))
                .containsExactly(at(m, "COPY scripts/install.sh /app/scripts/"));
        assertThat(m.copiesBringing("README.md", last)).isEmpty();
    }

    @Test
    void missingExcludedAndEscapingSources() {
        BuildModel m = model("""
                FROM alpine
                COPY nothing.txt other*.txt /x/
                COPY README.md /docs/
                COPY ../secret.txt /etc/passwd /x/
                ADD https://example.org/file.tar.gz /x/
                ARG FILE
                COPY $FILE /x/
                """);
        assertThat(m.unresolvedSources(at(m, "COPY nothing")))
                .extracting(u -> u.source().text(), UnresolvedSource::reason)
                .containsExactly(
                        tuple("nothing.txt", UnresolvedSource.Reason.MISSING),
                        tuple("other*.txt", UnresolvedSource.Reason.MISSING));
        assertThat(m.unresolvedSources(at(m, "COPY README")))
                .extracting(u -> u.source().text(), UnresolvedSource::reason)
                .containsExactly(tuple("README.md", UnresolvedSource.Reason.EXCLUDED));
        assertThat(m.unresolvedSources(at(m, "COPY README")).get(0).detail()).contains("*.md");
        assertThat(m.copiedFiles(at(m, "COPY README"))).isEmpty();
        assertThat(m.unresolvedSources(at(m, "COPY ../")))
                .extracting(u -> u.source().text(), UnresolvedSource::reason)
                .containsExactly(
                        tuple("../secret.txt", UnresolvedSource.Reason.OUTSIDE_CONTEXT),
                        tuple("/etc/passwd", UnresolvedSource.Reason.OUTSIDE_CONTEXT));
        assertThat(m.resolution(at(m, "ADD https"))).hasValueSatisfying(r -> {
            assertThat(r.files()).isEmpty();
            assertThat(r.unresolved()).isEmpty();
        });
        assertThat(m.unresolvedSources(at(m, "COPY $FILE")))
                .extracting(UnresolvedSource::reason).containsExactly(UnresolvedSource.Reason.UNKNOWN_VARIABLE);
    }

    @Test
    void sourceSpansAreKeptForDiagnostics() {
        BuildModel m = model("FROM alpine\nCOPY missing.txt /x/\n");
        UnresolvedSource u = m.unresolvedSources(at(m, "COPY")).get(0);
        assertThat(m.dockerfile().source().slice(u.source().span())).isEqualTo("missing.txt");
    }

    @Test
    void copyFromIsNotResolvedAgainstTheContext() {
        BuildModel m = model(MULTI_STAGE);
        Instruction copy = at(m, "COPY --from=builder");
        assertThat(m.resolution(copy)).isEmpty();
        assertThat(m.copiedFiles(copy)).isEmpty();
        assertThat(m.unresolvedSources(copy)).isEmpty();
    }

    @Test
    void unknownContextIsRecordedNotGuessed() {
        BuildModel m = model("FROM alpine\nCOPY requirements.txt /x/\n", BuildContext.unknown());
        Instruction copy = at(m, "COPY");
        assertThat(m.copiedFiles(copy)).isEmpty();
        assertThat(m.unresolvedSources(copy)).extracting(UnresolvedSource::reason)
                .containsExactly(UnresolvedSource.Reason.CONTEXT_UNKNOWN);
        assertThat(m.resolution(copy).orElseThrow().destination()).isEqualTo("/x");
    }

    @Test
    void copyVariantsParentsExcludeJsonAndAddArchive() {
        BuildModel m = model("""
                FROM alpine
                ARG SRC=src
                COPY --parents requirements/base.txt src/util/*.py /p/
                COPY --exclude=*.py --exclude=util src/ /e/
                COPY ["${SRC}/app.py", "/json/"]
                ADD scripts/ /s/
                ADD scripts/tool.tar.gz /t/
                """, BuildContext.inMemory(Map.of("src/app.py", "", "src/util/helpers.py", "", "src/x.txt", "",
                "requirements/base.txt", "", "scripts/tool.tar.gz", "")));
        assertThat(m.copiedFiles(at(m, "COPY --parents"))).extracting(CopiedFile::imagePath)
                .containsExactly("/p/requirements/base.txt", "/p/src/util/helpers.py");
        assertThat(m.copiedFiles(at(m, "COPY --exclude"))).extracting(CopiedFile::imagePath)
                .containsExactly("/e/x.txt");
        assertThat(m.copiedFiles(at(m, "COPY [\""))).extracting(CopiedFile::imagePath)
                .containsExactly("/json/app.py");
        // Only an archive named as the source is unpacked, not one inside a copied directory.
        assertThat(m.copiedFiles(at(m, "ADD scripts/ "))).singleElement()
                .satisfies(f -> assertThat(f.unpacked()).isFalse());
        assertThat(m.copiedFiles(at(m, "ADD scripts/tool"))).singleElement()
                .satisfies(f -> assertThat(f.unpacked()).isTrue());
    }

    @Test
    void onbuildTriggersGetTheStateOfTheirOnbuild() {
        BuildModel m = model("FROM alpine\nWORKDIR /w\nONBUILD COPY . .\n");
        Instruction.Onbuild onbuild = (Instruction.Onbuild) at(m, "ONBUILD");
        assertThat(m.stateBefore(onbuild.trigger()).workdir()).isEqualTo("/w");
        assertThat(m.resolution(onbuild.trigger())).isEmpty();
    }

    @Test
    void malformedInstructionsDoNotThrow() {
        BuildModel m = model("""
                ARG
                FROM
                FROM AS
                WORKDIR
                USER
                ENV
                ARG =x
                COPY
                COPY onlyone
                ADD ${BAD
                SHELL echo
                WORKDIR ${X:?unset}
                RUN true
                FROM 7
                FROM ${NOPE:-}
                """);
        assertThat(m.stages()).isNotEmpty();
        Instruction run = at(m, "RUN true");
        assertThat(m.stateBefore(run).workdir()).isEqualTo("/");
        assertThat(m.contextFileAt("x", run)).isEmpty();
        m.dockerfile().instructions().forEach(i -> {
            m.copiedFiles(i);
            m.unresolvedSources(i);
            m.stateBefore(i);
        });
    }

    @Test
    void destinationThatIsAlreadyADirectoryReceivesTheFile() {
        BuildModel m = model("""
                FROM alpine
                COPY src/ /app/src/
                COPY requirements.txt /app/src
                COPY requirements.txt /app
                WORKDIR /work/dir
                COPY requirements.txt /work
                """);
        assertThat(m.copiedFiles(at(m, "COPY requirements.txt /app/src"))).extracting(CopiedFile::imagePath)
                .containsExactly("/app/src/requirements.txt");
        assertThat(m.copiedFiles(at(m, "COPY requirements.txt /app", 1))).extracting(CopiedFile::imagePath)
                .containsExactly("/app/requirements.txt");
        assertThat(m.copiedFiles(at(m, "COPY requirements.txt /work"))).extracting(CopiedFile::imagePath)
                .containsExactly("/work/requirements.txt");
    }

    @Test
    void valuesDependingOnAnArgWithoutValueAreUnknown() {
        BuildModel m = model("""
                ARG BASE
                FROM ${BASE}
                ARG VERSION
                ARG DEST
                ENV APP_VERSION=v$VERSION OTHER=x$UNDECLARED
                COPY requirements.txt $DEST
                RUN true
                """);
        assertThat(m.stages().get(0).baseImage()).isNull();
        State s = m.stateBefore(at(m, "RUN true"));
        assertThat(s.variable("APP_VERSION")).hasValueSatisfying(v -> assertThat(v.value()).isNull());
        // Undeclared variables (base-image ENV or unset) expand to empty, as BuildKit does without them.
        assertThat(s.value("OTHER")).contains("x");
        Instruction copy = at(m, "COPY");
        assertThat(m.resolution(copy).orElseThrow().destination()).isNull();
        assertThat(m.copiedFiles(copy)).singleElement().satisfies(f -> {
            assertThat(f.contextPath()).isEqualTo("requirements.txt");
            assertThat(f.imagePath()).isNull();
        });
        assertThat(m.copiesBringing("requirements.txt", at(m, "RUN true"))).containsExactly(copy);
    }

    @Test
    void contextBindMountsOfARun() {
        BuildModel m = model("""
                FROM python:3.12 AS b
                RUN true
                FROM python:3.12
                WORKDIR /w
                COPY requirements.txt /src/requirements.txt
                RUN --mount=type=bind,source=requirements.txt,target=/tmp/r.txt \
                    --mount=src=scripts,dst=tools \
                    --mount=type=cache,target=/root/.cache \
                    --mount=from=b,source=/etc,target=/etc2 \
                    pip install -r /tmp/r.txt && sh tools/install.sh
                RUN --mount=target=/src cat /src/requirements.txt /src/README.md /src/nope
                """);
        Instruction run = at(m, "RUN --mount=type=bind");
        assertThat(m.contextMounts(run)).extracting(ContextMount::source, ContextMount::target)
                .containsExactly(tuple("requirements.txt", "/tmp/r.txt"), tuple("scripts", "/w/tools"));
        assertThat(m.contextFileAt("/tmp/r.txt", run)).contains("requirements.txt");
        assertThat(m.contextFileAt("tools/install.sh", run)).contains("scripts/install.sh");
        assertThat(m.contextFileAt("/etc2/hosts", run)).isEmpty();
        Instruction whole = at(m, "RUN --mount=target=/src");
        assertThat(m.contextFileAt("/src/requirements.txt", whole)).contains("requirements.txt");
        // The mount hides what COPY put there; ignored files are not sent to the builder.
        assertThat(m.contextFileAt("/src/README.md", whole)).isEmpty();
        assertThat(m.contextFileAt("/src/nope", whole)).isEmpty();
    }

    @Test
    void noFromAtAll() {
        BuildModel m = model("ARG A=1\n");
        assertThat(m.stages()).isEmpty();
        assertThat(m.finalStage()).isEmpty();
        assertThat(m.stateBefore(at(m, "ARG")).variables()).isEmpty();
    }
}
