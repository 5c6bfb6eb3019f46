package dev.dlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java 17 cannot ask directly. */
final class Terminals {
    private Terminals() {
    }

    /**
     * On Linux, /proc/self/fd/2 links to the terminal device (/dev/pts/N, /dev/ttyN) when stderr
     * is one; a pipe or file links elsewhere. Elsewhere no /proc: fall back to {@code System.console()},
     * which exists when stdin and stdout are terminals (stderr then usually is too).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }
}
