package dev.autocaption.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscapingTest {
    private static final String TITLE = "<script>alert('title')</script> \"quoted\"";
    private static final String CAPTION = "<script>alert(\"caption\")</script> a dog & 'single' quotes";

    @TempDir
    Path dir;
    WebFixture web;

    @BeforeEach
    void queueAHostilePhoto() {
        web = new WebFixture(dir);
        web.captioner.say(301, CAPTION, 0.5);
        web.addPhoto(301, TITLE);
        web.runCycle();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aScriptInATitleOrCaptionIsShownAsTextOnTheQueue() {
        String page = web.get("/queue").body();

        assertThat(page).doesNotContain("<script>alert").contains(
                "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;quoted&quot;",
                "<span class=\"caption\">&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; a dog &amp; "
                        + "&#39;single&#39; quotes</span>",
                "value=\"&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; a dog &amp; &#39;single&#39; "
                        + "quotes\"");
    }

    @Test
    void aScriptInACaptionIsShownAsTextInTheHistory() {
        String page = web.get("/history").body();

        assertThat(page).doesNotContain("<script>alert").contains(
                "&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; a dog &amp; &#39;single&#39; quotes");
    }

    @Test
    void aScriptInAFilterIsEchoedAsText() {
        String page = web.get("/history?text=%3Cscript%3Ex%3C%2Fscript%3E%22").body();

        assertThat(page).doesNotContain("<script>x").contains("value=\"&lt;script&gt;x&lt;/script&gt;&quot;\"");
    }

    @Test
    void everyPageForbidsInlineScripts() {
        assertThat(web.get("/queue").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "default-src 'none'", "frame-ancestors 'none'"));
    }
}
