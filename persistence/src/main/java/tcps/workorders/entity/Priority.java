package tcps.workorders.entity;

import java.util.Locale;

/** Pull order within a bucket: a lower rank is pulled first. */
public enum Priority {
    CRITICAL(1),
    HIGH(2),
    MEDIUM(3),
    LOW(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static Priority ofRank(int rank) {
        for (Priority priority : values()) {
            if (priority.rank == rank) {
                return priority;
            }
        }
        throw new IllegalArgumentException("No priority of rank " + rank);
    }

    /** Accepts the name in any case ("high") or the rank ("2"). */
    public static Priority parse(String text) {
        String value = text.trim();
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            return ofRank(Integer.parseInt(value));
        }
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
