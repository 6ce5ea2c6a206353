package tcps.kaizen.control;

/** A waste type and how often proposals and improvements named it. */
public record WastePoint(String wasteType, long count) {}
