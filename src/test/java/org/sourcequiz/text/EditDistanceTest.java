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
}
