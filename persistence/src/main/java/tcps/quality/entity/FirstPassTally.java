package tcps.quality.entity;

/** Work orders with gate results in a window, and those whose first result at every gate they met was a pass. */
public record FirstPassTally(long workOrders, long passedFirstTime) {}
