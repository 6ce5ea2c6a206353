package tcps.workorders.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stored as the rank, so the queue index orders by it directly. */
@Converter(autoApply = true)
public class PriorityConverter implements AttributeConverter<Priority, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Priority priority) {
        return priority == null ? null : priority.rank();
    }

    @Override
    public Priority convertToEntityAttribute(Integer rank) {
        return rank == null ? null : Priority.ofRank(rank);
    }
}
