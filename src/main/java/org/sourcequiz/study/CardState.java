package org.sourcequiz.study;

/** NEW: never rated (with its current content). REVIEW: has a memory state and a due day. */
public enum CardState { NEW, REVIEW }
