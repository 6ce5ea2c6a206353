package tcps.andon.control;

import java.util.List;
import tcps.andon.entity.AndonEvent;

/** One page of a list of Andon events and the number of all that match. */
public record AndonPage(List<AndonEvent> events, long total, int offset, int limit) {}
