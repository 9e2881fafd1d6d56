package org.sourcequiz.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeTest {
    private static SessionRecord session(String id, String startedAt, long pid) {
        return new SessionRecord(id, Instant.parse(startedAt), "practice", 42, List.of("a", "b", "c"), "", pid, null);
    }

    @Test
    void offersTheNewestKilledSessionWithQuestionsLeft() {
        UnfinishedSession old = new UnfinishedSession(session("old", "2024-01-01T10:00:00Z", 1), List.of("a"));
        UnfinishedSession done = new UnfinishedSession(session("done", "2024-01-03T10:00:00Z", 2), List.of("a", "b", "c"));
        UnfinishedSession running = new UnfinishedSession(session("running", "2024-01-04T10:00:00Z", 3), List.of());
        UnfinishedSession killed = new UnfinishedSession(session("killed", "2024-01-02T10:00:00Z", 4), List.of("b"));
        assertThat(killed.remaining()).containsExactly("a", "c");
        assertThat(Resume.candidate(List.of(old, done, running, killed), s -> s.ownerPid() == 3))
                .hasValueSatisfying(u -> assertThat(u.session().id()).isEqualTo("killed"));
        assertThat(Resume.candidate(List.of(done, running), s -> s.ownerPid() == 3)).isEmpty();
    }
}
