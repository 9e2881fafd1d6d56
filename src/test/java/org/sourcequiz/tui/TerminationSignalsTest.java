package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The first signal asks the UI to stop; a second one, or a UI that does not stop in time, forces it. */
class TerminationSignalsTest {
    private final List<Integer> stopped = new CopyOnWriteArrayList<>();
    private final List<Integer> forced = new CopyOnWriteArrayList<>();
    private final CountDownLatch forcedOnce = new CountDownLatch(1);

    private TerminationSignals signals(long graceMs) {
        return new TerminationSignals(stopped::add, n -> {
            forced.add(n);
            forcedOnce.countDown();
        }, graceMs);
    }

    @Test
    void theFirstSignalOnlyAsksAndASecondForcesWithTheFirstOnesNumber() {
        TerminationSignals t = signals(60_000);
        t.received(15);
        assertThat(stopped).containsExactly(15);
        assertThat(forced).isEmpty();
        assertThat(t.first()).isEqualTo(15);
        t.received(2);
        assertThat(stopped).containsExactly(15);
        assertThat(forced).containsExactly(15);
        t.close();
    }

    @Test
    void aUiThatDoesNotStopWithinTheGraceTimeIsForced() throws Exception {
        TerminationSignals t = signals(50);
        t.received(1);
        assertThat(forcedOnce.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(forced).containsExactly(1);
        t.close();
    }

    @Test
    void onceClosedNothingIsAskedOrForced() throws Exception {
        TerminationSignals t = signals(50);
        t.received(15);
        t.close();
        assertThat(forcedOnce.await(300, TimeUnit.MILLISECONDS)).as("the grace timer was stopped").isFalse();
        t.received(15);
        assertThat(stopped).containsExactly(15);
        assertThat(forced).isEmpty();
    }
}
