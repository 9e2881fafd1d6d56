package org.sourcequiz.authoring;

/** What an item analysis says to look at in a question; thresholds as Moodle's quiz statistics suggest them. */
public enum ItemFlag {
    TOO_HARD("too-hard", "facility below 0.2: almost everyone misses it"),
    TOO_EASY("too-easy", "facility above 0.95: almost no one misses it"),
    LOW_DISCRIMINATION("low-discrimination", "discrimination below 0.2: it hardly separates strong and weak students"),
    NEGATIVE_DISCRIMINATION("negative-discrimination",
            "negative discrimination: students who do well on the rest miss it more often; the key may be wrong");

    public static final double HARD_BELOW = 0.2;
    public static final double EASY_ABOVE = 0.95;
    public static final double DISCRIMINATION_BELOW = 0.2;

    private final String code;
    private final String meaning;

    ItemFlag(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The stable name in JSON output. */
    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
