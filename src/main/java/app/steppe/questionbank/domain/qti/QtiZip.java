package app.steppe.questionbank.domain.qti;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A content package's files by path. Reading counts the bytes it actually inflates (a zip's declared sizes can lie),
 * so a zip bomb is stopped at {@link #MAX_TOTAL_BYTES}; paths that climb out of the package are refused.
 */
public final class QtiZip {

    public static final int MAX_ENTRIES = 500;
    public static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;

    private QtiZip() {
    }

    public static Map<String, byte[]> read(byte[] zip) throws QtiProblem {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new QtiProblem("qti.problem.zipTooLarge");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.contains(":")) {
                    throw new QtiProblem("qti.problem.unsafePath");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = readLimited(in, Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
                total += content.length;
                files.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            // a corrupt zip, or entry names that are not valid UTF-8
            throw new QtiProblem("qti.problem.notZip");
        }
        if (files.isEmpty()) {
            throw new QtiProblem("qti.problem.notZip");
        }
        return files;
    }

    public static byte[] write(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException, QtiProblem {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                throw new QtiProblem("qti.problem.zipTooLarge");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
