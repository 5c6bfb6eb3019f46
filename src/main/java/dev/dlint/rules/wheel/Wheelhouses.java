package dev.dlint.rules.wheel;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the wheel rules share: pip installs, wheelhouse options and build toolchains. */
final class Wheelhouses {
    // Compiled once: these run for every package name of every install.
    private static final Pattern PYTHON_HEADERS = Pattern.compile("python(3)?(\\.\\d+)?-dev(el)?|python3\\d+-devel");
    private static final Pattern APT_TOOLCHAIN = Pattern.compile("(gcc|g\\+\\+|clang)-\\d+(\\.\\d+)?|python3(\\.\\d+)?-dev");
    private static final Pattern RPM_TOOLSET = Pattern.compile("gcc-toolset-\\d+|devtoolset-\\d+");

    private static final Set<String> APT = Set.of("build-essential", "gcc", "g++", "make", "clang", "gfortran", "cpp");
    private static final Set<String> APK = Set.of("build-base", "gcc", "g++", "make", "musl-dev", "clang",
            "linux-headers", "gfortran");
    private static final Set<String> RPM = Set.of("gcc", "gcc-c++", "make", "clang", "gcc-gfortran",
            "development tools", "@development tools", "@development-tools");

    private Wheelhouses() {
    }

    /** A pip (or {@code uv pip}) install. */
    static boolean isPipInstall(CommandFact f) {
        return f instanceof CommandFact.PackageInstall p
                && ((p.manager() == Manager.PIP && p.action().equals("install"))
                || (p.manager() == Manager.UV && p.action().equals("pip install")));
    }

    /** Whether the install reads from a wheelhouse: {@code --find-links} or {@code --no-index}. */
    static boolean usesWheelhouse(CommandFact.PackageInstall p) {
        return p.noIndex() || !p.findLinks().isEmpty() || envSays(p, "PIP_NO_INDEX") || envSays(p, "PIP_FIND_LINKS");
    }

    private static boolean envSays(CommandFact f, String name) {
        Optional<String> v = f.env().getOrDefault(name, null);
        return v != null && v.map(s -> !s.isEmpty() && !s.equals("0") && !s.equalsIgnoreCase("false")).orElse(true);
    }

    /** The toolchain packages an OS package install brings in (compilers, make, -dev/-devel packages). */
    static List<PackageArg> toolchain(CommandFact f) {
        if (!(f instanceof CommandFact.PackageInstall p) || !p.manager().isOs()) {
            return List.of();
        }
        String action = p.action();
        boolean install = action.equals("install") || action.equals("add") || action.equals("groupinstall")
                || action.equals("group install") || action.equals("reinstall");
        if (!install) {
            return List.of();
        }
        List<PackageArg> all = p.packages().stream().filter(a -> isToolchain(p.manager(), a.name())).toList();
        // -dev headers alone (libpq-dev, libb64-dev) do not say a compiler is there: need a compiler or Python's headers
        return all.stream().anyMatch(a -> isCompilerOrPythonHeaders(p.manager(), a.name())) ? all.stream().sorted((x, y) -> Boolean.compare(!isCompilerOrPythonHeaders(p.manager(), x.name()),
                !isCompilerOrPythonHeaders(p.manager(), y.name()))).toList() : List.of();
    }

    /** Whether the command removes OS packages ({@code apt-get purge}, {@code apk del}, {@code dnf remove}). */
    static boolean isOsRemove(CommandFact f) {
        return f instanceof CommandFact.PackageInstall p && p.manager().isOs()
                && Set.of("remove", "purge", "autoremove", "del", "erase").contains(p.action());
    }

    /** A compiler, {@code make}, a build meta-package, or Python's own headers. */
    static boolean isCompilerOrPythonHeaders(Manager m, String rawName) {
        String name = rawName.toLowerCase(Locale.ROOT);
        int eq = name.indexOf('=');
        if (eq > 0) {
            name = name.substring(0, eq);
        }
        if (PYTHON_HEADERS.matcher(name).matches()) {
            return true;
        }
        return isToolchain(m, name) && !name.endsWith("-dev") && !name.endsWith("-devel") && !name.equals("linux-headers");
    }

    static boolean isToolchain(Manager m, String rawName) {
        String name = rawName.toLowerCase(Locale.ROOT);
        int eq = name.indexOf('=');
        if (eq > 0) {
            name = name.substring(0, eq);
        }
        return switch (m) {
            case APT -> APT.contains(name) || name.endsWith("-dev") || APT_TOOLCHAIN.matcher(name).matches();
            case APK -> APK.contains(name) || name.endsWith("-dev");
            case DNF, YUM, MICRODNF -> RPM.contains(name) || name.endsWith("-devel")
                    || RPM_TOOLSET.matcher(name).lookingAt();
            default -> false;
        };
    }
}
