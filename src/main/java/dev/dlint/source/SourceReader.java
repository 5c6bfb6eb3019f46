package dev.dlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads files as UTF-8 text, refusing what cannot be a Dockerfile or script: binary content,
 * invalid UTF-8, UTF-16, special files and anything over the size limit. Reading is bounded, so a
 * FIFO or /dev/zero cannot hang or exhaust memory.
 */
public final class SourceReader {
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceFile read(Path path, String displayPath) throws SourceReadException {
        if (Files.isDirectory(path)) {
            throw new SourceReadException(path, "is a directory");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new SourceReadException(path, "no such file");
        }
        if (!Files.exists(path)) {
            throw new SourceReadException(path, "broken symbolic link");
        }
        if (!Files.isRegularFile(path)) {
            throw new SourceReadException(path, "not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return decode(path, displayPath, readBounded(path, in));
        } catch (NoSuchFileException e) {
            throw new SourceReadException(path, "no such file");
        } catch (AccessDeniedException e) {
            throw new SourceReadException(path, "permission denied");
        } catch (IOException e) {
            throw new SourceReadException(path, "cannot read: " + e.getMessage());
        }
    }

    public SourceFile read(InputStream in, String displayPath) throws SourceReadException {
        try {
            return decode(null, displayPath, readBounded(null, in));
        } catch (IOException e) {
            throw new SourceReadException(null, "cannot read: " + e.getMessage());
        }
    }

    private byte[] readBounded(Path path, InputStream in) throws IOException, SourceReadException {
        byte[] buf = new byte[8192];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (buf.length > maxBytes) {
                    throw new SourceReadException(path,
                            "larger than the size limit of " + maxBytes + " bytes (see --max-file-size)");
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxBytes + 1));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n > maxBytes) {
            throw new SourceReadException(path,
                    "larger than the size limit of " + maxBytes + " bytes (see --max-file-size)");
        }
        return Arrays.copyOf(buf, n);
    }

    static SourceFile decode(Path path, String displayPath, byte[] bytes) throws SourceReadException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new SourceReadException(path, "UTF-16 text is not supported (convert the file to UTF-8)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new SourceReadException(path, "binary file (contains NUL bytes)");
            }
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        int offset = bom ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceReadException(path, "not valid UTF-8 text");
        }
        return SourceFile.of(path, displayPath, text, bom);
    }
}
