package io.newslens.nlp.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of a saved web page of {@code ../shared/eval/html-extraction}, as the web gold sets annotate it:
 * the page's title, then each paragraph and subheading of the main content Readability4J finds, one per paragraph with
 * a blank line between (the shape of the BBC corpus's text files). ingest-service has a fuller extractor of its own,
 * scored on the same pages by its benchmark; the gold sets score what nlp-service makes of article text, so they need
 * a fixed text more than the best one, and the library's article element gives it without a copy of ingest's rules.
 */
final class WebPageText {

    private WebPageText() {
    }

    static String of(Path page, String url) throws IOException {
        // A null charset makes jsoup follow the page's own <meta charset>, as the benchmark's README asks.
        Document html = Jsoup.parse(page.toFile(), null, url);
        Article article = new Readability4JExtended(url, html).parse();
        StringBuilder text = new StringBuilder(article.getTitle() == null ? "" : article.getTitle().strip());
        Element content = article.getArticleContent();
        if (content != null) {
            for (Element block : content.select("p, h2, h3, h4")) {
                String paragraph = block.text().strip();
                if (!paragraph.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n\n").append(paragraph);
                }
            }
        }
        return text.append('\n').toString();
    }

    /** Writes the text of each page given ({@code <dir>/<name>.html [url]}) to {@code <out>/<name>.txt}, for annotators. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i += 2) {
            Path page = Path.of(args[i]);
            String name = page.getFileName().toString().replaceFirst("\\.html?$", "");
            Files.writeString(out.resolve(name + ".txt"), of(page, args[i + 1]), StandardCharsets.UTF_8);
        }
    }
}
