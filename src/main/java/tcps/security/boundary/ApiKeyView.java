package tcps.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import tcps.security.entity.ApiKey;

/** An API key as listed: never its secret, which only the answer to its creation carries ({@code key}; absent values are left out). */
@JsonbPropertyOrder({"id", "name", "role", "prefix", "key", "createdAt", "createdBy", "lastUsedAt", "revokedAt"})
public record ApiKeyView(
        long id,
        String name,
        String role,
        String prefix,
        String key,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return withSecret(key, null);
    }

    static ApiKeyView withSecret(ApiKey key, String secret) {
        return new ApiKeyView(
                key.getId(),
                key.getName(),
                key.getRole().label(),
                key.getPrefix(),
                secret,
                key.getCreatedAt(),
                key.getCreatedBy(),
                key.getLastUsedAt(),
                key.getRevokedAt());
    }
}
