package dev.dlint.cli;

/**
 * A command line that parsed but asks for something impossible ({@code --jobs 0}, two reports on
 * standard output). Reported like picocli's own parse errors: the message, a pointer to --help, exit 2.
 */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
