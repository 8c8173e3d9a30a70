package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class FeedUrlGuardTest {

    /** Resolves literal addresses as they are, example.org to a public address, internal.example to a private one. */
    private static final FeedUrlGuard.Resolver DNS = host -> switch (host) {
        case "example.org" -> new InetAddress[] {InetAddress.getByName("93.184.215.14")};
        case "internal.example" -> new InetAddress[] {InetAddress.getByName("93.184.215.14"),
                InetAddress.getByName("10.1.2.3")};
        case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        case "nowhere.invalid" -> throw new UnknownHostException(host);
        default -> InetAddress.getAllByName(host); // literals only: no lookup
    };

    private final FeedUrlGuard production = new FeedUrlGuard(false, DNS);
    private final FeedUrlGuard local = new FeedUrlGuard(true, DNS);

    @Test
    void publicHttpAndHttpsUrlsPassWithTheirAddresses() {
        assertThat(production.check("https://example.org/feed.xml").addresses())
                .extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
        assertThat(production.check("http://example.org:8080/rss").uri().getPort()).isEqualTo(8080);
    }

    @Test
    void otherSchemesAreRejectedEvenWhenPrivateAddressesAreAllowed() {
        for (String url : new String[] {"ftp://example.org/feed", "file:///etc/passwd", "gopher://example.org",
                "example.org/feed", "http://user:secret@example.org/"}) {
            assertThatThrownBy(() -> local.check(url)).as(url).isInstanceOf(UnsafeUrl.class);
        }
    }

    @Test
    void internalAddressesAreRejectedInProduction() {
        for (String url : new String[] {"http://127.0.0.1/", "http://localhost:8081/", "http://10.0.0.1/",
                "http://172.16.5.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0/", "http://100.64.0.1/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/",
                "http://[::ffff:127.0.0.1]/", "http://internal.example/", "http://nowhere.invalid/"}) {
            assertThatThrownBy(() -> production.check(url)).as(url).isInstanceOf(UnsafeUrl.class)
                    .satisfies(e -> assertThat(((UnsafeUrl) e).errors().get(0).field()).isEqualTo("url"));
        }
    }

    @Test
    void internalAddressesPassWhenAllowedForLocalServers() {
        assertThat(local.check("http://127.0.0.1:8089/feed.xml").uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(local.check("http://localhost/").addresses()).hasSize(1);
    }
}
