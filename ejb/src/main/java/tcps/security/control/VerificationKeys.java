package tcps.security.control;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * The identity provider's public keys, where MicroProfile JWT says they are: a JWKS URL (fetched and cached, so key
 * rotation works), or a file or inline text holding a PEM public key, a JWK or a JWK set.
 */
final class VerificationKeys {

    record Source(JWKSource<SecurityContext> jwks, String description) {}

    private VerificationKeys() {}

    static Optional<Source> from(Optional<String> location, Optional<String> inline) {
        if (location.isPresent() && !location.get().isBlank()) {
            String where = location.get().strip();
            if (where.startsWith("http://") || where.startsWith("https://")) {
                return Optional.of(new Source(remote(where), where));
            }
            String path = where.startsWith("file:") ? URI.create(where).getPath() : where;
            return Optional.of(new Source(new ImmutableJWKSet<>(parse(read(Path.of(path)))), path));
        }
        return inline.filter(text -> !text.isBlank())
                .map(text -> new Source(new ImmutableJWKSet<>(parse(text)), "mp.jwt.verify.publickey"));
    }

    static JWKSet parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("-----BEGIN PUBLIC KEY-----")) {
                return new JWKSet(fromPem(trimmed));
            }
            return trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed) : new JWKSet(JWK.parse(trimmed));
        } catch (ParseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The identity provider's public key cannot be read: " + e.getMessage(), e);
        }
    }

    private static JWK fromPem(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(body));
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(spec);
            return new RSAKey.Builder((RSAPublicKey) key).build();
        } catch (GeneralSecurityException notRsa) {
            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
            return new ECKey.Builder(Curve.forECParameterSpec(key.getParams()), key).build();
        }
    }

    private static JWKSource<SecurityContext> remote(String url) {
        try {
            return JWKSourceBuilder.create(URI.create(url).toURL()).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location is not a URL: " + url, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The identity provider's public key file cannot be read: " + file, e);
        }
    }
}
