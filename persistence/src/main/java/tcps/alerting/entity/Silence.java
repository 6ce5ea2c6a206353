package tcps.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Mutes the notifications of alerts whose labels match, from {@code startsAt} until {@code endsAt}. */
@Entity
@Table(name = "silence")
public class Silence {

    @Id
    private String id;

    @Convert(converter = MatchersConverter.class)
    private List<LabelMatcher> matchers;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "created_by")
    private String createdBy;

    private String comment;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Silence() {}

    public Silence(
            String id,
            List<LabelMatcher> matchers,
            Instant startsAt,
            Instant endsAt,
            String createdBy,
            String comment,
            Instant at) {
        this.id = id;
        this.matchers = matchers;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdBy = createdBy;
        this.comment = comment;
        this.updatedAt = at;
    }

    /** pending before it starts, active until it ends, expired after. */
    public String state(Instant now) {
        if (!now.isBefore(endsAt)) {
            return "expired";
        }
        return now.isBefore(startsAt) ? "pending" : "active";
    }

    public boolean mutes(Map<String, String> labels, Instant now) {
        return "active".equals(state(now)) && LabelMatcher.all(matchers, labels);
    }

    public void expire(Instant at) {
        endsAt = at;
        if (startsAt.isAfter(at)) {
            startsAt = at;
        }
        updatedAt = at;
    }

    public String getId() {
        return id;
    }

    public List<LabelMatcher> getMatchers() {
        return matchers;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
