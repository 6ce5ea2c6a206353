package tcps.kaizen.entity;

/**
 * Implemented improvements, the automated ones, those with a measurable reduction (non-zero baseline) and their mean
 * reduction (null when none is measurable).
 */
public record ImprovementTally(long implemented, long automated, long measured, Double averageReduction) {}
