package org.bordereau.rules;

import java.time.LocalDate;

/**
 * One legal rule a figure rests on, as the rule packs state it: a stable id ({@code rule}), the text
 * it comes from ({@code source}: law and article), how sure we are, since when it applies, and a
 * note for the reader (what is uncertain, what is a choice of this engine).
 */
public record Basis(String rule, String source, Confidence confidence, LocalDate effectiveFrom, String note) {}
