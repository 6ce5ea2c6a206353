package tcps.kaizen.entity;

/** How often a waste type was named. */
public record WasteCount(String wasteType, long count) {}
