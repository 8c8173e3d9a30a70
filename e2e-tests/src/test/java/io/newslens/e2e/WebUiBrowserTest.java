package io.newslens.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.newslens.contracts.api.ArticleView;
import io.newslens.devstack.testing.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An analyst's path through the web UI the gateway serves at /, in Debian's Chromium driven by Playwright:
 * paste the key, search, read an annotated article, open an entity, add an article. Each step saves a screenshot
 * to docs/screenshots/ (the README shows them), so they are regenerated on every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SeededStack.Resolver.class)
class WebUiBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("newslens.chromium", "/usr/bin/chromium"));
    private static final String POMPEO_SEED = "000_c5a94af7eacc4306.txt";

    private Path profileDir;
    private Path screenshots;
    private Playwright playwright;
    private BrowserContext browser;
    private Page page;
    private SeededStack seeded;

    @BeforeAll
    void openTheUiInChromium(SeededStack seeded) {
        assumeTrue(Files.isExecutable(CHROMIUM), "Skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it)");
        this.seeded = seeded;
        screenshots = Path.of(System.getProperty("newslens.root.dir", ".."), "docs", "screenshots");
        profileDir = TempDir.create("newslens-chromium-");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launchPersistentContext(profileDir, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setViewportSize(1280, 900)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
        page.setDefaultTimeout(30_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        page.onConsoleMessage(m -> System.out.println("[browser " + m.type() + "] " + m.text()));
        page.onPageError(e -> System.out.println("[browser page error] " + e));
        page.navigate(seeded.stack().gatewayUrl() + "/");
        page.fill("#api-key", seeded.apiKey());
        page.click(".keybar button");
        assertThat(page.getByTestId("key-saved")).isVisible();
    }

    /** What the browser showed at the end of each test, for a failure's post-mortem (not committed). */
    @AfterEach
    void keepTheLastView(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setPath(
                Path.of("target", "browser", test.getTestMethod().orElseThrow().getName() + ".png")));
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        TempDir.delete(profileDir);
    }

    @Test
    @Order(1)
    void searchingForHuaweiListsTheSeedsWithHighlightedSnippets() throws Exception {
        page.fill("#q", "Huawei");
        page.press("#q", "Enter");
        Locator hits = page.getByTestId("hit");
        assertThat(hits).hasCount(seeded.enriched().size());
        assertThat(hits.first().locator(".snippet b").first()).hasText("Huawei", caseInsensitive());
        assertThat(page.getByTestId("total")).containsText(seeded.enriched().size() + " articles");
        screenshot("search.png", false);
    }

    @Test
    @Order(2)
    void anArticleShowsItsEntitiesByTypeAndPompeosQuoteWithItsSpeaker() throws Exception {
        ArticleView seed = seeded.enriched().get(POMPEO_SEED);
        page.navigate(seeded.stack().gatewayUrl() + "/#/search?q=Huawei");
        page.click("a.title[href='#/article/" + seed.id() + "']");
        page.getByTestId("article-text").waitFor();
        assertThat(page.locator(".article-text .ent[data-type=PERSON]").first()).isVisible();
        assertThat(page.locator(".article-text .ent[data-type=ORGANIZATION]").first()).isVisible();
        assertThat(page.locator(".article-text .ent[data-type=ORGANIZATION]", new Page.LocatorOptions().setHasText("Huawei")).first())
                .isVisible();
        Locator quote = page.locator(".article-text .quote[data-speaker='Mike Pompeo']",
                new Page.LocatorOptions().setHasText("central threat of our times"));
        assertThat(quote.first()).isVisible();
        assertThat(quote.first().locator(".speaker")).hasText("Mike Pompeo");
        screenshot("article.png", false);
    }

    @Test
    @Order(3)
    void pompeosEntityPageChartsHisMentionsGraphsHisCoMentionsAndQuotesHim() throws Exception {
        page.click(".article-text a.ent[href='#/entity/person:mike-pompeo']");
        assertThat(page.locator(".entity h2")).containsText("Mike Pompeo");
        Locator timeline = page.getByTestId("timeline");
        timeline.locator("canvas").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(Integer.parseInt(timeline.getAttribute("data-points"))).isPositive();
        assertThat(page.getByTestId("comention-graph").locator("a[href='#/entity/organization:huawei'] circle")).hasCount(1);
        assertThat(page.getByTestId("quote").filter(new Locator.FilterOptions().setHasText("central threat of our times")).first())
                .isVisible();
        screenshot("entity.png", true);
    }

    @Test
    @Order(4)
    void anArticlePastedIntoTheIngestFormIsAcceptedAndGetsEnriched() throws Exception {
        page.click("nav a[href='#/ingest']");
        page.fill("#ingest-text", "Angela Merkel met Emmanuel Macron in Berlin on Tuesday to discuss the budget of "
                + "the European Union. \"We agree on the essentials,\" Merkel said after the meeting.");
        page.click("text=Submit text");
        Locator status = page.getByTestId("ingested").first();
        assertThat(status.locator("strong")).hasText("ENRICHED", new LocatorAssertions.HasTextOptions().setTimeout(120_000));
        screenshot("ingest.png", false);
    }

    private static LocatorAssertions.HasTextOptions caseInsensitive() {
        return new LocatorAssertions.HasTextOptions().setIgnoreCase(true);
    }

    private void screenshot(String name, boolean fullPage) throws Exception {
        Files.createDirectories(screenshots);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name)).setFullPage(fullPage));
    }
}
