package org.sourcequiz.model;

/** How much of a date a question asks for. */
public enum DatePrecision { DAY, MONTH, YEAR }
