package org.sourcequiz.explore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated fact of the bank: when, what happened, the sources that state it, the questions that
 * ask about it, the passages they cite, and where the sources disagree about it.
 *
 * @param sources  source ids, in the bank's order of sources
 * @param passages each distinct passage its questions cite, in bank order
 */
public record TimelineEvent(EventDate date, String text, List<String> sources, List<String> questions,
                            List<Cited> passages, Optional<Disagreement> disagreement) {
    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
        passages = List.copyOf(passages);
    }

    /** A passage of one source and the questions that cite it. */
    public record Cited(String source, String passage, List<String> questions) {
        public Cited {
            questions = List.copyOf(questions);
        }
    }

    /** What each source says of the event: one version per source. */
    public record Disagreement(List<Version> versions) {
        public Disagreement {
            versions = List.copyOf(versions);
        }
    }

    /** One source's version: its date, the passage of its first question, and its questions. */
    public record Version(String source, EventDate date, String passage, List<String> questions) {
        public Version {
            questions = List.copyOf(questions);
        }
    }
}
