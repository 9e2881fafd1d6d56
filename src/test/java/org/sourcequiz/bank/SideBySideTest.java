package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void resultsComeBackInInputOrderWhateverOrderTheyWereReadIn() {
        List<Integer> sizes = IntStream.range(0, 50).map(i -> (i * 37) % 50).boxed().toList();
        List<Integer> readOrder = Collections.synchronizedList(new ArrayList<>());
        List<String> out = SideBySide.map(sizes, n -> n, Object::new, (n, state) -> {
            readOrder.add(n);
            return "file " + n;
        });
        assertThat(out).containsExactlyElementsOf(sizes.stream().map(n -> "file " + n).toList());
        assertThat(readOrder).containsExactlyInAnyOrderElementsOf(sizes);
    }

    @Test
    void theLargestIsReadFirstAndEachReaderKeepsItsOwnState() {
        List<Integer> sizes = List.of(3, 9, 1, 7);
        Set<Object> states = ConcurrentHashMap.newKeySet();
        List<Integer> first = Collections.synchronizedList(new ArrayList<>());
        SideBySide.map(sizes, n -> n, Object::new, (n, state) -> {
            if (states.add(state)) {
                first.add(n);
            }
            return n;
        });
        assertThat(states).hasSizeLessThanOrEqualTo(SideBySide.MAX_READERS);
        // Every reader's first file is among the largest, one per reader.
        List<Integer> largest = sizes.stream().sorted(Collections.reverseOrder()).limit(first.size()).toList();
        assertThat(first).containsExactlyInAnyOrderElementsOf(largest);
    }

    @Test
    void aFailureInAReaderReachesTheCaller() {
        List<Integer> inputs = IntStream.range(0, 20).boxed().toList();
        assertThatThrownBy(() -> SideBySide.map(inputs, n -> n, Object::new, (n, state) -> {
            if (n == 13) {
                throw new IllegalStateException("bad file 13");
            }
            return n;
        })).isInstanceOf(IllegalStateException.class).hasMessage("bad file 13");
    }

    @Test
    void noInputsNoReaders() {
        assertThat(SideBySide.map(List.<Integer>of(), n -> n, Object::new, (n, state) -> n)).isEmpty();
    }
}
