package io.newslens.gateway.security;

import io.newslens.gateway.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Checks an API key against the configured SHA-256 hashes. A plain hash is enough here (unlike passwords):
 * keys are long random strings, so there is nothing to guess. The comparison is constant-time.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    /** The role attribute of the identity, read by the rate limiter. */
    public static final String ROLE_ATTRIBUTE = "newslens.role";

    private final Map<String, GatewayConfig.ApiKey> keys;

    public ApiKeyIdentityProvider(GatewayConfig config) {
        this.keys = config.apiKeys();
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        byte[] presented = sha256(request.key());
        for (Map.Entry<String, GatewayConfig.ApiKey> entry : keys.entrySet()) {
            byte[] expected = HexFormat.of().parseHex(entry.getValue().sha256().trim().toLowerCase());
            if (MessageDigest.isEqual(presented, expected)) {
                return Uni.createFrom().item(identity(entry.getKey(), entry.getValue().role()));
            }
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("Unknown API key"));
    }

    static SecurityIdentity identity(String name, GatewayConfig.Role role) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addAttribute(ROLE_ATTRIBUTE, role);
        for (GatewayConfig.Role r : GatewayConfig.Role.values()) {
            if (r.ordinal() <= role.ordinal()) {
                builder.addRole(r.roleName());
            }
        }
        return builder.build();
    }

    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
