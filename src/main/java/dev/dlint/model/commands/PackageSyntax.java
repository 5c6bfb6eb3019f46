package dev.dlint.model.commands;

import dev.dlint.syntax.shell.Word;
import java.util.function.Function;

/**
 * The package-argument syntax of a manager, naming the {@link PackageArgs} splitter to use. An
 * enum rather than method references: each method reference's call site costs a linkage on the
 * first lint of a JVM (issue #7), and every Dockerfile that installs packages reaches one.
 */
enum PackageSyntax implements Function<Word, PackageArg> {
    PIP, POETRY, CONDA, APT, APK, RPM, NPM, AT, COMPOSER;

    @Override
    public PackageArg apply(Word w) {
        return switch (this) {
            case PIP -> PackageArgs.pip(w);
            case POETRY -> PackageArgs.poetry(w);
            case CONDA -> PackageArgs.conda(w);
            case APT -> PackageArgs.apt(w);
            case APK -> PackageArgs.apk(w);
            case RPM -> PackageArgs.rpm(w);
            case NPM -> PackageArgs.npm(w);
            case AT -> PackageArgs.at(w);
            case COMPOSER -> PackageArgs.composer(w);
        };
    }
}
