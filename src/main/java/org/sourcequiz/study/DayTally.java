package org.sourcequiz.study;

import java.time.LocalDate;

/** The answers of one study day. */
public record DayTally(LocalDate day, Tally tally) {}
