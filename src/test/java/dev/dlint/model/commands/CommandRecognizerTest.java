package dev.dlint.model.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dlint.model.commands.CommandFact.CacheClean;
import dev.dlint.model.commands.CommandFact.ChangeDir;
import dev.dlint.model.commands.CommandFact.DockerBuild;
import dev.dlint.model.commands.CommandFact.Download;
import dev.dlint.model.commands.CommandFact.Export;
import dev.dlint.model.commands.CommandFact.GitCheckout;
import dev.dlint.model.commands.CommandFact.GitClone;
import dev.dlint.model.commands.CommandFact.Other;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.model.commands.CommandFact.Remove;
import dev.dlint.model.commands.CommandFact.ScriptRun;
import dev.dlint.model.commands.CommandFact.SetOptions;
import dev.dlint.model.commands.CommandFact.VenvActivate;
import dev.dlint.model.commands.CommandFact.VenvCreate;
import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.syntax.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CommandRecognizerTest {

    static List<CommandFact> facts(String text) {
        ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
        assertThat(p.error()).as("parse error in %s", text).isEmpty();
        List<CommandFact> facts = CommandRecognizer.recognizeAll(p.script());
        assertThat(facts).hasSameSizeAs(p.script().simpleCommands());
        return facts;
    }

    static <T extends CommandFact> T only(String text, Class<T> kind) {
        List<CommandFact> f = facts(text);
        assertThat(f).as("facts of %s", text).hasSize(1);
        assertThat(f.get(0)).as("fact of %s", text).isInstanceOf(kind);
        return kind.cast(f.get(0));
    }

    static PackageInstall install(String text) {
        return only(text, PackageInstall.class);
    }

    static List<String> texts(List<Word> words) {
        return words.stream().map(w -> w.literal().orElse(w.text())).collect(Collectors.toList());
    }

    static List<String> pkgs(PackageInstall pi) {
        return pi.packages().stream().map(a -> a.name() + a.versionSpec()).collect(Collectors.toList());
    }

    static String at(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    /** command line, manager, action, packages (name + versionSpec), requirement files. */
    static Stream<Arguments> installTable() {
        return Stream.of(
                Arguments.of("python3 -m pip install --no-cache-dir -r requirements.txt", Manager.PIP, "install",
                        List.of(), List.of("requirements.txt")),
                Arguments.of("pip install -U pip setuptools wheel", Manager.PIP, "install",
                        List.of("pip", "setuptools", "wheel"), List.of()),
                Arguments.of("pip install \"numpy==1.26.4\" torch --index-url https://x", Manager.PIP, "install",
                        List.of("numpy==1.26.4", "torch"), List.of()),
                Arguments.of("PIP_NO_CACHE_DIR=1 pip install x", Manager.PIP, "install", List.of("x"), List.of()),
                Arguments.of("pip3.11 install -qU 'requests[socks]>=2,<3' -rreq.txt --requirement=dev.txt",
                        Manager.PIP, "install", List.of("requests>=2,<3"), List.of("req.txt", "dev.txt")),
                Arguments.of("pip install --root-user-action ignore --progress-bar off -C key=val --platform x a",
                        Manager.PIP, "install", List.of("a"), List.of()),
                Arguments.of("pip install --target /deps --only-binary :all: --python-version 3.11 b==1",
                        Manager.PIP, "install", List.of("b==1"), List.of()),
                Arguments.of("/opt/venv/bin/pip install -e . ./pkg dist/*.whl", Manager.PIP, "install",
                        List.of("./pkg", "dist/*.whl"), List.of()),
                Arguments.of("$VENV/bin/pip install flask", Manager.PIP, "install", List.of("flask"), List.of()),
                Arguments.of("python3.11 -m pip wheel --wheel-dir=/wheels -r requirements.txt", Manager.PIP, "wheel",
                        List.of(), List.of("requirements.txt")),
                Arguments.of("python -m pip download -d /tmp/d x==2", Manager.PIP, "download", List.of("x==2"),
                        List.of()),
                Arguments.of("pip uninstall -y torch", Manager.PIP, "uninstall", List.of("torch"), List.of()),
                Arguments.of("uv pip install --system -r requirements.txt", Manager.UV, "pip install", List.of(),
                        List.of("requirements.txt")),
                Arguments.of("uv pip sync requirements.lock", Manager.UV, "pip sync", List.of(),
                        List.of("requirements.lock")),
                Arguments.of("uv sync --frozen --no-dev", Manager.UV, "sync", List.of(), List.of()),
                Arguments.of("uv add 'httpx>=0.27' --group dev", Manager.UV, "add", List.of("httpx>=0.27"), List.of()),
                Arguments.of("pipx install poetry==1.8.3", Manager.PIPX, "install", List.of("poetry==1.8.3"),
                        List.of()),
                Arguments.of("poetry install --no-root --only main", Manager.POETRY, "install", List.of(), List.of()),
                Arguments.of("poetry add requests@^2.31", Manager.POETRY, "add", List.of("requests@^2.31"), List.of()),
                Arguments.of("pipenv install --system --deploy", Manager.PIPENV, "install", List.of(), List.of()),
                Arguments.of("conda install -y -c conda-forge python=3.11 numpy", Manager.CONDA, "install",
                        List.of("python=3.11", "numpy"), List.of()),
                Arguments.of("mamba env create -f environment.yml", Manager.MAMBA, "env create", List.of(),
                        List.of("environment.yml")),
                Arguments.of("micromamba install -y -n base -f env.yaml", Manager.MICROMAMBA, "install", List.of(),
                        List.of("env.yaml")),
                Arguments.of("sudo -E apt-get install -y --no-install-recommends curl=7.88.1-10", Manager.APT,
                        "install", List.of("curl=7.88.1-10"), List.of()),
                Arguments.of("apt-get -qq update", Manager.APT, "update", List.of(), List.of()),
                Arguments.of("apt -o Dpkg::Options::=--force-confnew upgrade -y", Manager.APT, "upgrade", List.of(),
                        List.of()),
                Arguments.of("apt-get purge -y --auto-remove gcc", Manager.APT, "purge", List.of("gcc"), List.of()),
                Arguments.of("apk add --no-cache --virtual .build-deps gcc", Manager.APK, "add", List.of("gcc"),
                        List.of()),
                Arguments.of("apk add musl-dev=1.2.4-r2 'python3~3.11'", Manager.APK, "add",
                        List.of("musl-dev=1.2.4-r2", "python3~3.11"), List.of()),
                Arguments.of("apk del .build-deps", Manager.APK, "del", List.of(".build-deps"), List.of()),
                Arguments.of("dnf install -y --setopt=tsflags=nodocs gcc-11.3.1 make", Manager.DNF, "install",
                        List.of("gcc-11.3.1", "make"), List.of()),
                Arguments.of("yum -y install git", Manager.YUM, "install", List.of("git"), List.of()),
                Arguments.of("microdnf install -y python3", Manager.MICRODNF, "install", List.of("python3"),
                        List.of()),
                Arguments.of("npm ci --omit=dev", Manager.NPM, "ci", List.of(), List.of()),
                Arguments.of("npm i -g @angular/cli@17.1.0 typescript", Manager.NPM, "install",
                        List.of("@angular/cli@17.1.0", "typescript"), List.of()),
                Arguments.of("npm install --prefix /app --registry https://r", Manager.NPM, "install", List.of(),
                        List.of()),
                Arguments.of("yarn", Manager.YARN, "install", List.of(), List.of()),
                Arguments.of("yarn --frozen-lockfile --network-timeout 100000", Manager.YARN, "install", List.of(),
                        List.of()),
                Arguments.of("yarn global add serve@14", Manager.YARN, "add", List.of("serve@14"), List.of()),
                Arguments.of("pnpm install --frozen-lockfile --filter web", Manager.PNPM, "install", List.of(),
                        List.of()),
                Arguments.of("go mod download", Manager.GO, "mod download", List.of(), List.of()),
                Arguments.of("go build -o /bin/app -ldflags '-s -w' ./cmd/app", Manager.GO, "build",
                        List.of("./cmd/app"), List.of()),
                Arguments.of("go install github.com/x/tool@v1.2.3", Manager.GO, "install",
                        List.of("github.com/x/tool@v1.2.3"), List.of()),
                Arguments.of("cargo build --release --locked", Manager.CARGO, "build", List.of(), List.of()),
                Arguments.of("cargo install ripgrep --version 14.1.0", Manager.CARGO, "install",
                        List.of("ripgrep@14.1.0"), List.of()),
                Arguments.of("mvn -B -q dependency:go-offline -DskipTests", Manager.MAVEN, "dependency:go-offline",
                        List.of(), List.of()),
                Arguments.of("./mvnw -pl core -am package", Manager.MAVEN, "package", List.of(), List.of()),
                Arguments.of("./gradlew --no-daemon -x test build", Manager.GRADLE, "build", List.of(), List.of()),
                Arguments.of("gem install bundler -v 2.5.6 --no-document", Manager.GEM, "install",
                        List.of("bundler=2.5.6"), List.of()),
                Arguments.of("bundle install --jobs 4 --without development", Manager.BUNDLE, "install", List.of(),
                        List.of()),
                Arguments.of("composer install --no-dev --no-scripts", Manager.COMPOSER, "install", List.of(),
                        List.of()),
                Arguments.of("composer require monolog/monolog:^3.0", Manager.COMPOSER, "require",
                        List.of("monolog/monolog:^3.0"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("installTable")
    void packageInstalls(String line, Manager manager, String action, List<String> packages, List<String> reqs) {
        PackageInstall pi = install(line);
        assertThat(pi.manager()).isEqualTo(manager);
        assertThat(pi.action()).isEqualTo(action);
        assertThat(pkgs(pi)).containsExactlyElementsOf(packages);
        assertThat(texts(pi.requirementFiles())).containsExactlyElementsOf(reqs);
        for (PackageArg a : pi.packages()) {
            assertThat(at(line, a.span())).isEqualTo(a.word().text());
        }
    }

    @Test
    void pipPackageSpansAndOptions() {
        String line = "pip install \"numpy==1.26.4\" torch --index-url https://x";
        PackageInstall pi = install(line);
        assertThat(pi.packages()).extracting(PackageArg::name, PackageArg::versionSpec, a -> at(line, a.span()))
                .containsExactly(tuple("numpy", "==1.26.4", "\"numpy==1.26.4\""), tuple("torch", "", "torch"));
        assertThat(pi.packages().get(0).exactPin()).isTrue();
        assertThat(pi.packages().get(1).pinned()).isFalse();
        assertThat(texts(pi.indexUrls())).containsExactly("https://x");
        assertThat(pi.packages().get(1).span()).isEqualTo(Span.of(28, 33));
    }

    @Test
    void pipFlagsCombineAndAttach() {
        String line = "pip install -qU --no-cache-dir --no-index -f/wheels --find-links=/more -c c.txt"
                + " --target=/t --user --require-hashes -i https://idx x";
        PackageInstall pi = install(line);
        assertThat(pi.upgrade()).isTrue();
        assertThat(pi.has("quiet")).isTrue();
        assertThat(pi.noCacheDir()).isTrue();
        assertThat(pi.noIndex()).isTrue();
        assertThat(texts(pi.findLinks())).containsExactly("/wheels", "/more");
        assertThat(at(line, pi.findLinks().get(0).span())).isEqualTo("/wheels");
        assertThat(at(line, pi.findLinks().get(1).span())).isEqualTo("/more");
        assertThat(texts(pi.constraintFiles())).containsExactly("c.txt");
        assertThat(pi.target().flatMap(Word::literal)).contains("/t");
        assertThat(pi.user()).isTrue();
        assertThat(pi.requireHashes()).isTrue();
        assertThat(texts(pi.indexUrls())).containsExactly("https://idx");
        assertThat(pkgs(pi)).containsExactly("x");
    }

    @Test
    void pipWheelDirEditablesAndKinds() {
        PackageInstall w = install("pip wheel -w /wheels -e ./lib 'git+https://github.com/a/b.git@3f2a1c#egg=b'"
                + " https://files/x-1.0-py3-none-any.whl ./local.whl 'pkg @ git+https://h/p.git@v2' \"torch==${TV}\"");
        assertThat(w.wheelDir().flatMap(Word::literal)).contains("/wheels");
        assertThat(texts(w.editables())).containsExactly("./lib");
        assertThat(w.packages()).extracting(PackageArg::kind).containsExactly(PackageArg.Kind.VCS,
                PackageArg.Kind.URL, PackageArg.Kind.PATH, PackageArg.Kind.VCS, PackageArg.Kind.DYNAMIC);
        assertThat(w.packages().get(0).versionSpec()).isEqualTo("@3f2a1c");
        assertThat(w.packages().get(3).name()).isEqualTo("pkg");
        assertThat(w.packages().get(3).versionSpec()).isEqualTo("@v2");
        assertThat(w.packages().get(4).name()).isEqualTo("torch");
        assertThat(w.packages().get(4).versionSpec()).isEqualTo("==${TV}");
    }

    @Test
    void envPrefixAndWrappers() {
        PackageInstall pi = install("PIP_NO_CACHE_DIR=1 PIP_INDEX_URL=$IDX pip install x");
        assertThat(pi.env()).containsEntry("PIP_NO_CACHE_DIR", Optional.of("1"))
                .containsEntry("PIP_INDEX_URL", Optional.empty());
        PackageInstall e = install("env -i PATH=/bin X=1 /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y a");
        assertThat(e.env()).containsEntry("X", Optional.of("1"))
                .containsEntry("DEBIAN_FRONTEND", Optional.of("noninteractive"));
        assertThat(texts(e.invocation().wrappers())).containsExactly("env", "-i", "PATH=/bin", "X=1",
                "/usr/bin/env", "DEBIAN_FRONTEND=noninteractive");
        assertThat(install("sudo -u app -E -H pip install --user x").user()).isTrue();
        assertThat(install("exec nohup time command pip install x").manager()).isEqualTo(Manager.PIP);
        assertThat(install("timeout 600 nice -n 10 npm ci").action()).isEqualTo("ci");
        assertThat(install("gosu app pip install x").manager()).isEqualTo(Manager.PIP);
        assertThat(only("/usr/bin/env python3 -m venv /opt/venv", VenvCreate.class).path().text())
                .isEqualTo("/opt/venv");
        assertThat(only("command -v pip", Other.class).invocation().program()).isEqualTo("command");
        assertThat(only("sudo", Other.class)).isNotNull();
        assertThat(only("X=1", Other.class).env()).containsEntry("X", Optional.of("1"));
    }

    @Test
    void cacheCleans() {
        assertThat(only("pip cache purge", CacheClean.class).manager()).isEqualTo(Manager.PIP);
        assertThat(only("python3 -m pip cache remove torch", CacheClean.class).manager()).isEqualTo(Manager.PIP);
        assertThat(only("npm cache clean --force", CacheClean.class).manager()).isEqualTo(Manager.NPM);
        assertThat(only("apt-get clean", CacheClean.class).manager()).isEqualTo(Manager.APT);
        assertThat(only("yarn cache clean", CacheClean.class).manager()).isEqualTo(Manager.YARN);
        assertThat(only("conda clean -afy", CacheClean.class).manager()).isEqualTo(Manager.CONDA);
        assertThat(only("uv cache clean", CacheClean.class).manager()).isEqualTo(Manager.UV);
        assertThat(only("dnf clean all", CacheClean.class).manager()).isEqualTo(Manager.DNF);
        assertThat(only("go clean -modcache", CacheClean.class).manager()).isEqualTo(Manager.GO);
    }

    @Test
    void venvCreation() {
        VenvCreate v = only("python3.11 -m venv --copies /opt/venv", VenvCreate.class);
        assertThat(v.tool()).isEqualTo("venv");
        assertThat(v.pathLiteral()).contains("/opt/venv");
        assertThat(only("virtualenv -p python3 .venv", VenvCreate.class).pathLiteral()).contains(".venv");
        VenvCreate uv = only("uv venv --python 3.12", VenvCreate.class);
        assertThat(uv.path()).isNull();
        assertThat(uv.pathLiteral()).contains(".venv");
        assertThat(only("uv venv /opt/venv", VenvCreate.class).pathLiteral()).contains("/opt/venv");
        VenvCreate c = only("conda create -y -p /opt/env python=3.11", VenvCreate.class);
        assertThat(c.tool()).isEqualTo("conda");
        assertThat(c.pathLiteral()).contains("/opt/env");
        assertThat(c.packages()).extracting(PackageArg::name).containsExactly("python");
        assertThat(only("python -m venv \"$HOME/venv\"", VenvCreate.class).pathLiteral()).isEmpty();
        assertThat(install("conda create -n app python=3.11").action()).isEqualTo("create");
    }

    @Test
    void venvActivation() {
        String line = ". /opt/venv/bin/activate";
        VenvActivate a = only(line, VenvActivate.class);
        assertThat(a.path().literal()).contains("/opt/venv");
        assertThat(at(line, a.path().span())).isEqualTo("/opt/venv");
        assertThat(at(line, a.script().span())).isEqualTo("/opt/venv/bin/activate");
        String quoted = "source \"$VENV\"/bin/activate";
        VenvActivate q = only(quoted, VenvActivate.class);
        assertThat(at(quoted, q.path().span())).isEqualTo("\"$VENV\"");
        assertThat(only("source venv/bin/activate", VenvActivate.class).path().literal()).contains("venv");
    }

    @Test
    void scriptRuns() {
        ScriptRun b = only("bash -c \"pip install x\"", ScriptRun.class);
        assertThat(b.interpreter()).isEqualTo("bash");
        assertThat(b.inlineScript()).isEqualTo("pip install x");
        assertThat(b.script()).isNull();
        ParsedScript inner = b.parseInline().orElseThrow();
        List<CommandFact> innerFacts = CommandRecognizer.recognizeAll(inner.script());
        assertThat(innerFacts).hasSize(1);
        PackageInstall pi = (PackageInstall) innerFacts.get(0);
        assertThat(pi.packages().get(0).span()).isEqualTo(Span.of(21, 22));

        ScriptRun sh = only("sh -e x.sh arg", ScriptRun.class);
        assertThat(sh.interpreter()).isEqualTo("sh");
        assertThat(sh.script().text()).isEqualTo("x.sh");
        assertThat(texts(sh.args())).containsExactly("arg");
        assertThat(only("./x.sh", ScriptRun.class).interpreter()).isEqualTo("direct");
        assertThat(only("/app/x.sh --flag", ScriptRun.class).script().text()).isEqualTo("/app/x.sh");
        assertThat(only("source x.sh", ScriptRun.class).interpreter()).isEqualTo("source");
        ScriptRun py = only("python3 -u train.py --epochs 3", ScriptRun.class);
        assertThat(py.interpreter()).isEqualTo("python");
        assertThat(py.script().text()).isEqualTo("train.py");
        assertThat(texts(py.args())).containsExactly("--epochs", "3");
        assertThat(only("sh -ec 'set -x; make'", ScriptRun.class).inlineScript()).isEqualTo("set -x; make");
        assertThat(only("bash", ScriptRun.class).readsStdin()).isTrue();
        assertThat(only("/usr/bin/make", Other.class)).isNotNull();
        assertThat(only("python -c 'import x'", Other.class)).isNotNull();
    }

    @Test
    void downloads() {
        List<CommandFact> f = facts("curl -fsSL https://x/install.sh | bash");
        Download d = (Download) f.get(0);
        assertThat(d.tool()).isEqualTo("curl");
        assertThat(d.url().text()).isEqualTo("https://x/install.sh");
        assertThat(d.outputFile()).isNull();
        assertThat(d.pipedIntoInterpreter()).isTrue();
        assertThat(d.pipedInto()).isInstanceOf(ScriptRun.class);
        assertThat(f.get(1)).isInstanceOf(ScriptRun.class);

        Download o = only("curl -fsSLo /tmp/x.tgz --retry 3 -H 'A: b' https://x/x.tgz", Download.class);
        assertThat(o.outputFile().text()).isEqualTo("/tmp/x.tgz");
        assertThat(texts(o.urls())).containsExactly("https://x/x.tgz");
        Download w = (Download) facts("wget -qO- https://x/get.sh | sudo sh -s -- --yes").get(0);
        assertThat(w.tool()).isEqualTo("wget");
        assertThat(w.outputFile()).isNull();
        assertThat(w.pipedIntoInterpreter()).isTrue();
        Download w2 = only("wget -nv -O /tmp/f https://x/f", Download.class);
        assertThat(w2.outputFile().text()).isEqualTo("/tmp/f");
        assertThat(texts(w2.urls())).containsExactly("https://x/f");
        Download s = (Download) facts("curl -sL https://x/setup | sudo -E bash - && apt-get install -y nodejs").get(0);
        assertThat(s.pipedIntoInterpreter()).isTrue();
        Download p = (Download) facts("curl -LsSf https://astral.sh/uv/install.sh | env UV_INSTALL_DIR=/usr/local/bin sh")
                .get(0);
        assertThat(p.pipedIntoInterpreter()).isTrue();
        assertThat(p.pipedInto().env()).containsEntry("UV_INSTALL_DIR", Optional.of("/usr/local/bin"));
        Download t = (Download) facts("curl -L https://x/a.tar.gz | tar -xz -C /opt").get(0);
        assertThat(t.pipedIntoInterpreter()).isFalse();
        assertThat(t.pipedInto().invocation().program()).isEqualTo("tar");
    }

    @Test
    void git() {
        String line = "git clone --depth 1 -b v1.2.3 https://github.com/x/y /src/y";
        GitClone c = only(line, GitClone.class);
        assertThat(c.url().text()).isEqualTo("https://github.com/x/y");
        assertThat(c.ref().text()).isEqualTo("v1.2.3");
        assertThat(at(line, c.ref().span())).isEqualTo("v1.2.3");
        assertThat(c.directory().text()).isEqualTo("/src/y");
        GitClone plain = only("git -C /src clone --recurse-submodules https://h/r.git", GitClone.class);
        assertThat(plain.ref()).isNull();
        assertThat(plain.directory()).isNull();
        assertThat(only("git clone --branch=main https://h/r", GitClone.class).ref().literal()).contains("main");
        assertThat(only("git checkout 3f2a1c", GitCheckout.class).ref().text()).isEqualTo("3f2a1c");
        GitCheckout r = only("git reset --hard origin/v2", GitCheckout.class);
        assertThat(r.how()).isEqualTo("reset");
        assertThat(r.ref().text()).isEqualTo("origin/v2");
        assertThat(only("git switch --detach v1", GitCheckout.class).ref().text()).isEqualTo("v1");
        assertThat(only("git -C /src/y checkout -q $REF", GitCheckout.class).ref().text()).isEqualTo("$REF");
        assertThat(only("git reset HEAD~1", Other.class)).isNotNull();
        assertThat(only("git fetch --tags", Other.class)).isNotNull();
    }

    @Test
    void dockerBuilds() {
        DockerBuild d = only("docker build -t app:1 -f Dockerfile .", DockerBuild.class);
        assertThat(d.cacheFrom()).isFalse();
        assertThat(d.context().text()).isEqualTo(".");
        DockerBuild x = only("docker buildx build --cache-from type=registry,ref=x --cache-to=type=inline --push .",
                DockerBuild.class);
        assertThat(x.cacheFrom()).isTrue();
        assertThat(x.cacheTo()).isTrue();
        assertThat(only("docker image build .", DockerBuild.class).tool()).isEqualTo("docker");
        assertThat(only("docker builder build .", DockerBuild.class)).isNotNull();
        assertThat(only("buildah bud --layers -t x .", DockerBuild.class).tool()).isEqualTo("buildah");
        assertThat(only("podman build .", DockerBuild.class)).isNotNull();
        assertThat(only("docker run --rm build", Other.class)).isNotNull();
        assertThat(only("docker image ls", Other.class)).isNotNull();
    }

    @Test
    void setOptions() {
        String line = "set -euo pipefail";
        SetOptions s = only(line, SetOptions.class);
        assertThat(s.errexit()).contains(true);
        assertThat(s.nounset()).contains(true);
        assertThat(s.pipefail()).contains(true);
        assertThat(s.xtrace()).isEmpty();
        assertThat(at(line, s.errexitWord().span())).isEqualTo("-euo");
        assertThat(at(line, s.pipefailWord().span())).isEqualTo("pipefail");
        assertThat(only("set -o pipefail", SetOptions.class).pipefail()).contains(true);
        assertThat(only("set +e", SetOptions.class).errexit()).contains(false);
        SetOptions eux = only("set -eux", SetOptions.class);
        assertThat(eux.xtrace()).contains(true);
        assertThat(eux.pipefail()).isEmpty();
        assertThat(only("set -o errexit", SetOptions.class).errexit()).contains(true);
        assertThat(only("set -- -e", SetOptions.class).errexit()).isEmpty();
    }

    @Test
    void builtins() {
        assertThat(only("cd /app", ChangeDir.class).path().text()).isEqualTo("/app");
        assertThat(only("cd", ChangeDir.class).path()).isNull();
        Remove r = only("rm -rf /var/lib/apt/lists/* ~/.cache/pip", Remove.class);
        assertThat(r.recursive()).isTrue();
        assertThat(r.force()).isTrue();
        assertThat(texts(r.paths())).containsExactly("/var/lib/apt/lists/*", "~/.cache/pip");
        Remove plain = only("rm x", Remove.class);
        assertThat(plain.recursive()).isFalse();
        assertThat(plain.force()).isFalse();
        Export e = only("export PATH=/opt/venv/bin:$PATH VIRTUAL_ENV=/opt/venv X", Export.class);
        assertThat(e.variables()).extracting(Export.Exported::name).containsExactly("PATH", "VIRTUAL_ENV", "X");
        assertThat(e.name()).isEqualTo("PATH");
        assertThat(e.value().text()).isEqualTo("/opt/venv/bin:$PATH");
        assertThat(e.variables().get(1).value().literal()).contains("/opt/venv");
        assertThat(e.variables().get(2).value()).isNull();
    }

    @Test
    void contextPipelinesChainsAndCompounds() {
        String script = "set -e\n"
                + "apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n"
                + "if [ -f requirements.txt ]; then pip install -r requirements.txt; fi\n"
                + "for p in a b; do pip install \"$p\"; done\n"
                + "( cd /src && make )\n"
                + "V=$(python3 -m pip --version | cut -d' ' -f2)\n"
                + "echo x | tee y\n";
        List<CommandFact> f = facts(script);
        assertThat(f).extracting(CommandFact::kind).containsExactly("SetOptions", "PackageInstall",
                "PackageInstall", "Remove", "Other", "PackageInstall", "PackageInstall", "ChangeDir", "Other",
                "Other", "Other", "Other", "Other", "Other");
        PackageInstall inIf = (PackageInstall) f.get(5);
        assertThat(inIf.site().enclosing()).isNotEmpty();
        PackageInstall inFor = (PackageInstall) f.get(6);
        assertThat(inFor.packages().get(0).kind()).isEqualTo(PackageArg.Kind.DYNAMIC);
        assertThat(f.get(2).site().andOrIndex()).isEqualTo(1);
        assertThat(f.get(7).site().inSubshell()).isTrue();
        assertThat(f.get(9).env()).containsEntry("V", Optional.empty());
        assertThat(f.get(10).invocation().program()).isEqualTo("python3");
        assertThat(f.get(10).site().substitutionDepth()).isEqualTo(1);
        for (CommandFact c : f) {
            assertThat(script.substring(c.span().start(), c.span().end())).isEqualTo(
                    script.substring(c.command().span().start(), c.command().span().end()));
        }
    }

    @Test
    void installInsideCommandSubstitutionAndBashC() {
        List<CommandFact> f = facts("X=$(pip install -q y && echo ok)\nbash -lc 'uv pip install --system z'");
        assertThat(f).extracting(CommandFact::kind).containsExactly("Other", "PackageInstall", "Other", "ScriptRun");
        ScriptRun run = (ScriptRun) f.get(3);
        List<CommandFact> inner = CommandRecognizer.recognizeAll(run.parseInline().orElseThrow().script());
        assertThat(inner.get(0)).isInstanceOf(PackageInstall.class);
        assertThat(((PackageInstall) inner.get(0)).manager()).isEqualTo(Manager.UV);
    }

    @Test
    void unknownAndDynamicCommandsAreOther() {
        assertThat(only("$CMD install x", Other.class)).isNotNull();
        assertThat(only("pip", Other.class)).isNotNull();
        assertThat(only("pip freeze", Other.class)).isNotNull();
        assertThat(only("npm run build", Other.class)).isNotNull();
        assertThat(only("apt-cache policy x", Other.class)).isNotNull();
        assertThat(only("echo pip install x", Other.class)).isNotNull();
        PackageInstall viaVar = install("\"$PYTHON\" -m pip install x");
        assertThat(viaVar.manager()).isEqualTo(Manager.PIP);
    }
}
