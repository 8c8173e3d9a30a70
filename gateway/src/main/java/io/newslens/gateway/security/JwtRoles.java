package io.newslens.gateway.security;

import io.newslens.gateway.config.GatewayConfig.Role;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives a bearer token the same roles an API key has. The token's {@code groups} claim names newslens roles;
 * the highest one counts and brings the roles below it (a writer may also read), and it sets the role attribute
 * the rate limiter buckets by. A token naming no newslens role stays authenticated but may do nothing (403).
 */
@ApplicationScoped
public class JwtRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Optional<Role> highest = Arrays.stream(Role.values())
                .filter(role -> identity.hasRole(role.roleName()))
                .max(Comparator.naturalOrder());
        return Uni.createFrom().item(highest
                .map(role -> ApiKeyIdentityProvider.identity("jwt:" + token.getName(), role))
                .orElse(identity));
    }
}
