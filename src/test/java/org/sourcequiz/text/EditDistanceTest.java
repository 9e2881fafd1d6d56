package org.sourcequiz.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("choice", "choise")).isEqualTo(1);
        assertThat(EditDistance.between("Lukashenko", "Lukashneko")).isEqualTo(1);
        assertThat(EditDistance.between("same", "same")).isZero();
    }

    @Test
    void withinAgreesWithTheFullDistance() {
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            String a = random(r);
            String b = r.nextInt(3) == 0 ? a : random(r);
            int max = r.nextInt(5);
            assertThat(EditDistance.within(a, b, max)).as("%s / %s / %d", a, b, max)
                    .isEqualTo(EditDistance.between(a, b) <= max);
        }
    }

    @Test
    void withinIsFastOnLongStrings() {
        String a = "x".repeat(200_000);
        String b = "y" + "x".repeat(199_999);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> {
            assertThat(EditDistance.within(a, b, 2)).isTrue();
            assertThat(EditDistance.within(a, "y".repeat(200_000), 2)).isFalse();
        });
    }

    /** Short strings over three letters, so swaps, repeats and near misses are common. */
    private static String random(java.util.Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(9); i > 0; i--) {
            b.append("abc".charAt(r.nextInt(3)));
        }
        return b.toString();
    }
}
