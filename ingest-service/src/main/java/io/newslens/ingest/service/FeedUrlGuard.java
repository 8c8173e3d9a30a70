package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps feed and page URLs from reaching into our own network (SSRF): only {@code http}/{@code https}, and, unless
 * {@code feeds.allow-private-addresses} is on (it is in {@code %dev} and {@code %test}, for local servers), no host
 * that resolves to a loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique
 * local, multicast or unspecified address. Every address of the host is checked, and the caller should connect to the
 * addresses returned, not resolve the name again, so a DNS answer that changes in between cannot slip past.
 */
@ApplicationScoped
public class FeedUrlGuard {

    /** Resolves a host name; a seam so tests need no DNS. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed, with the addresses its host resolved to. */
    public record CheckedUrl(URI uri, List<InetAddress> addresses) {
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public FeedUrlGuard(IngestConfig config) {
        this(config.feeds().allowPrivateAddresses(), InetAddress::getAllByName);
    }

    public FeedUrlGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Blocking (DNS). Throws {@link UnsafeUrl} naming why the URL may not be fetched. */
    public CheckedUrl check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new UnsafeUrl("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnsafeUrl("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new UnsafeUrl("has no host");
        }
        if (uri.getUserInfo() != null) {
            throw new UnsafeUrl("must not carry credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new UnsafeUrl("has a host that does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new UnsafeUrl("resolves to a private, loopback or link-local address");
                }
            }
        }
        return new CheckedUrl(uri, List.of(addresses));
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) { // unique local fc00::/7
                return true;
            }
            boolean mappedV4 = true; // ::ffff:a.b.c.d: the IPv4 address decides
            for (int i = 0; i < 10; i++) {
                mappedV4 &= b[i] == 0;
            }
            if (mappedV4 && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
