package org.sourcequiz.engine;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Source;

/** How a source is cited under its passage, the same in every interface. */
public final class Citation {
    private Citation() {}

    /** Authors or "author not named", title, date or "estimated <date>", outlet where known. */
    public static String of(Source s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.authors().isEmpty() ? "author not named" : names(s.authors()));
        parts.add("“" + s.title() + "”");
        Published p = s.published();
        parts.add(p.isKnown() ? (p.estimated() ? "estimated " : "") + date(p.iso()) : "date not known");
        if (!s.outlet().isEmpty()) {
            parts.add(s.outlet());
        }
        return String.join(", ", parts);
    }

    private static String names(List<String> authors) {
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }

    /** {@code 2021-09-30} as 30 September 2021, {@code 2022-11} as November 2022. */
    static String date(String iso) {
        String[] f = iso.split("-");
        try {
            int y = Integer.parseInt(f[0]);
            int m = f.length > 1 ? Integer.parseInt(f[1]) : 0;
            int d = f.length > 2 ? Integer.parseInt(f[2]) : 0;
            return DateAnswer.format(new GivenDate(y, m, d));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return iso;
        }
    }
}
