package org.sourcequiz.store;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Starts {@link HistoryWriterMain} in a JVM of its own. */
final class Writers {
    private Writers() {}

    static Process start(Path db, String session, int count, long pauseMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), HistoryWriterMain.class.getName(),
                db.toString(), session, Integer.toString(count), Long.toString(pauseMillis)))
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }

    static String stderr(Process p) {
        try (InputStream err = p.getErrorStream()) {
            return new String(err.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }
}
