package org.sourcequiz.cli;

import org.sourcequiz.app.Version;
import picocli.CommandLine;

/** picocli's --version, and Main's without picocli: see {@link Version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String[] lines() {
        return Version.lines();
    }

    @Override
    public String[] getVersion() {
        return lines();
    }
}
