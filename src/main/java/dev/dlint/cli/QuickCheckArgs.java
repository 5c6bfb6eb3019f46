package dev.dlint.cli;

import dev.dlint.report.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the plain {@code check} command lines that hooks and CI run ({@code check --no-color
 * --no-progress --fix FILE…}, {@code check --format json .}) without picocli, whose set-up is about
 * a fifth of a cold run. Only paths, the flags below and {@code --format} are understood; anything
 * else (another option, {@code --}, {@code @file}, clustered flags, a repeated flag, an unknown
 * format, help) returns null and picocli parses the line, with its messages. So this parser never
 * reports an error and never accepts a line differently from picocli ({@code QuickCheckArgsTest}
 * compares the two on generated command lines).
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

    private QuickCheckArgs() {
    }

    /** The arguments of {@code argv} (which starts with "check"), or null when picocli must parse them. */
    static CheckArgs parse(String[] argv) {
        if (argv.length == 0 || !argv[0].equals("check")) {
            return null;
        }
        boolean[] flags = new boolean[FLAGS];
        Format format = null;
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("-") || isPlainPath(arg)) {
                paths.add(arg);
                continue;
            }
            String value = null;
            if (arg.equals("--format") && i + 1 < argv.length) {
                value = argv[++i];
            } else if (arg.startsWith("--format=")) {
                value = arg.substring("--format=".length());
            }
            if (value != null) {
                if (format != null || value.startsWith("-")) {
                    return null;
                }
                format = format(value);
                if (format == null) {
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
        return new CheckArgs(List.copyOf(paths), null, format == null ? Format.TEXT : format, null, List.of(), null,
                List.of(), List.of(), List.of(), flags[FIX], flags[UNSAFE_FIXES], flags[DIFF], flags[SHOW_FIXES],
                null, null, null, null, flags[NO_COLOR], flags[QUIET], flags[NO_PROGRESS], flags[STATISTICS],
                flags[VERBOSE]);
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

    /** As {@link FormatConverter} reads it; null for a name it would refuse. */
    private static Format format(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
