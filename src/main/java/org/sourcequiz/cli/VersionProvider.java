package org.sourcequiz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/sourcequiz/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String[] lines() {
        return new String[] {"sourcequiz " + version(), "Java " + System.getProperty("java.version")};
    }

    @Override
    public String[] getVersion() {
        return lines();
    }
}
