package dev.dlint.cli;

import dev.dlint.report.Format;
import dev.dlint.rules.Severity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain {@code check} command lines that hooks and CI run ({@code check --no-color
 * --no-progress --fix FILE…}, {@code check --format sarif -o dlint.sarif --ignore CA101 .}) without
 * picocli, whose set-up is about a fifth of a cold run. Only paths, the flags below, and the options
 * {@code --format}, {@code -o/--output}, {@code --select}, {@code --extend-select}, {@code --ignore},
 * {@code --fail-on}, {@code --config}, {@code --context} and {@code -j/--jobs} with plain values are
 * understood; anything else (another option, {@code --}, {@code @file}, clustered flags, a repeated
 * flag or single-valued option, a value that is empty, starts with '-' or needs quoting rules, an
 * unknown format or severity, help) returns null and picocli parses the line, with its messages.
 * So this parser never reports an error and never accepts a line differently from picocli
 * ({@code QuickCheckArgsTest} compares the two on generated command lines).
 */
final class QuickCheckArgs {
    private static final int FIX = 0;
    private static final int UNSAFE_FIXES = 1;
    private static final int DIFF = 2;
    private static final int SHOW_FIXES = 3;
    private static final int NO_COLOR = 4;
    private static final int QUIET = 5;
    private static final int NO_PROGRESS = 6;
    private static final int STATISTICS = 7;
    private static final int VERBOSE = 8;
    private static final int FLAGS = 9;

    /** Value options. */
    private static final int FORMAT = 0;
    private static final int OUTPUT = 1;
    private static final int FAIL_ON = 2;
    private static final int CONFIG = 3;
    private static final int CONTEXT = 4;
    private static final int JOBS = 5;
    private static final int SELECT = 6;
    private static final int EXTEND_SELECT = 7;
    private static final int IGNORE = 8;
    /** Options below this index may be given once; the rule lists accumulate. */
    private static final int SINGLE_VALUED = 6;

    private QuickCheckArgs() {
    }

    /** The values read so far, converted as picocli's converters would. */
    private static final class Values {
        final boolean[] seen = new boolean[SINGLE_VALUED];
        Format format = Format.TEXT;
        Path output;
        Severity failOn;
        Path config;
        Path context;
        Integer jobs;
        final List<String> select = new ArrayList<>();
        final List<String> extendSelect = new ArrayList<>();
        final List<String> ignore = new ArrayList<>();

        /** False when picocli must judge (a repeated option, a value it might read otherwise or refuse). */
        boolean add(int option, String value) {
            if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') {
                return false;
            }
            if (option < SINGLE_VALUED) {
                if (seen[option]) {
                    return false;
                }
                seen[option] = true;
            }
            switch (option) {
                case FORMAT -> {
                    format = Format.byName(value);
                    return format != null;
                }
                case OUTPUT -> {
                    output = path(value);
                    return output != null;
                }
                case FAIL_ON -> {
                    failOn = severity(value);
                    return failOn != null;
                }
                case CONFIG -> {
                    config = path(value);
                    return config != null;
                }
                case CONTEXT -> {
                    context = path(value);
                    return context != null;
                }
                case JOBS -> {
                    jobs = jobs(value);
                    return jobs != null;
                }
                default -> {
                    return selectors(value, option == SELECT ? select : option == EXTEND_SELECT ? extendSelect : ignore);
                }
            }
        }
    }

    /** The arguments of {@code argv} (which starts with "check"), or null when picocli must parse them. */
    static CheckArgs parse(String[] argv) {
        if (argv.length == 0 || !argv[0].equals("check")) {
            return null;
        }
        boolean[] flags = new boolean[FLAGS];
        Values values = new Values();
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("-") || isPlainPath(arg)) {
                paths.add(arg);
                continue;
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            int option = valueOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option >= 0) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < argv.length) {
                    value = argv[++i];
                } else {
                    return null;
                }
                if (!values.add(option, value)) {
                    return null;
                }
                continue;
            }
            int flag = flag(arg);
            if (flag < 0 || flags[flag]) {
                return null;
            }
            flags[flag] = true;
        }
        return new CheckArgs(List.copyOf(paths), null, values.format, values.output, List.of(), values.failOn,
                List.copyOf(values.select), List.copyOf(values.extendSelect), List.copyOf(values.ignore),
                flags[FIX], flags[UNSAFE_FIXES], flags[DIFF], flags[SHOW_FIXES], values.context, values.config,
                values.jobs, null, flags[NO_COLOR], flags[QUIET], flags[NO_PROGRESS], flags[STATISTICS], flags[VERBOSE]);
    }

    /**
     * Adds the comma-separated rule selectors of {@code value}; false for anything but plain
     * selectors (picocli splits on ',' but also honours quotes, and drops empty parts).
     */
    private static boolean selectors(String value, List<String> into) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',') {
                if (i == start) {
                    return false;
                }
                into.add(value.substring(start, i));
                start = i + 1;
            } else if (!isSelectorChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Not an option and not one of picocli's {@code @file} arguments. */
    private static boolean isPlainPath(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }

    private static int flag(String arg) {
        return switch (arg) {
            case "--fix" -> FIX;
            case "--unsafe-fixes" -> UNSAFE_FIXES;
            case "--diff" -> DIFF;
            case "--show-fixes" -> SHOW_FIXES;
            case "--no-color" -> NO_COLOR;
            case "-q", "--quiet" -> QUIET;
            case "--no-progress" -> NO_PROGRESS;
            case "--statistics" -> STATISTICS;
            case "-v", "--verbose" -> VERBOSE;
            default -> -1;
        };
    }

    private static int valueOption(String name) {
        return switch (name) {
            case "--format" -> FORMAT;
            case "-o", "--output" -> OUTPUT;
            case "--fail-on" -> FAIL_ON;
            case "--config" -> CONFIG;
            case "--context" -> CONTEXT;
            case "-j", "--jobs" -> JOBS;
            case "--select" -> SELECT;
            case "--extend-select" -> EXTEND_SELECT;
            case "--ignore" -> IGNORE;
            default -> -1;
        };
    }

    /** Characters of rule codes, names and prefixes ({@code CA101}, {@code copy-before-install}, {@code ALL}). */
    private static boolean isSelectorChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /** As {@link SeverityConverter} reads it; null for a name it would refuse. */
    private static Severity severity(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Plain decimal numbers only, which every integer reading agrees on; null for anything else. */
    private static Integer jobs(String value) {
        if (value.length() > 6 || (value.length() > 1 && value.charAt(0) == '0')) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(value);
    }

    /** As {@link PathConverter} reads it; null for a path it would refuse. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
