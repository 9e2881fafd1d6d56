package org.sourcequiz.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar, and the Java it runs on. */
public final class Version {
    private Version() {}

    public static String version() {
        try (InputStream in = Version.class.getResourceAsStream("/org/sourcequiz/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What --version prints. */
    public static String[] lines() {
        return new String[] {"sourcequiz " + version(), "Java " + System.getProperty("java.version")};
    }
}
