package org.bordereau.rules;

/** Figures shown beside the statement but not claimed. {@code treasuryFine} is null where the pack has none. */
public record Information(TreasuryFineExposure treasuryFine) {}
