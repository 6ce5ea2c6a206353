package tcps.security.control;

import tcps.security.entity.ApiKey;

/** A key just created: the only moment its secret is known to the product. */
public record IssuedKey(ApiKey key, String secret) {}
