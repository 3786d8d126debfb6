package dev.autocaption.bot.hostile;

import dev.autocaption.simulator.Xml;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Hand-written list bodies in the platforms' shapes, for entries the simulators would never produce. */
final class ApiBodies {
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);

    private ApiBodies() {
    }

    /** A flickr.photos.search answer with these {@code <photo>} entries. */
    static String flickrPage(int page, int pages, String... entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<rsp stat=\"ok\">\n<photos page=\"" + page
                + "\" pages=\"" + pages + "\" perpage=\"500\" total=\"" + entries.length + "\">\n"
                + String.join("\n", entries) + "\n</photos>\n</rsp>\n";
    }

    /**
     * One {@code <photo>} entry; a null id, date or url leaves that attribute out, a date is taken as written
     * (epoch seconds or anything else).
     */
    static String flickrEntry(String id, String dateUpload, String url, String description) {
        StringBuilder out = new StringBuilder("\t<photo");
        if (id != null) {
            out.append(" id=\"").append(id).append('"');
        }
        out.append(" owner=\"12345678@N00\" secret=\"abc\" server=\"65535\" farm=\"66\" title=\"\" ispublic=\"1\""
                + " isfriend=\"0\" isfamily=\"0\" tags=\"\" machine_tags=\"\" media=\"photo\" media_status=\"ready\"");
        if (dateUpload != null) {
            out.append(" dateupload=\"").append(dateUpload).append("\" lastupdate=\"").append(dateUpload).append('"');
        }
        if (url != null) {
            out.append(" url_o=\"").append(url).append("\" width_o=\"400\" height_o=\"300\"");
        }
        return out.append(">\n\t\t<description>").append(description).append("</description>\n\t</photo>").toString();
    }

    static String epoch(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }

    /** A Graph photo list page; {@code next} null for the last page. */
    static String graphPage(String next, String after, String... entries) {
        String paging = "\"paging\":{\"cursors\":{\"before\":\"QkVGT1JF\",\"after\":\"" + after + "\"}"
                + (next == null ? "" : ",\"next\":\"" + next + "\"") + "}";
        return "{\"data\":[" + String.join(",", entries) + "]," + paging + "}";
    }

    /** One Graph photo; a null id, time or url leaves that field out. */
    static String graphEntry(String id, String createdTime, String url, String storyId) {
        StringBuilder out = new StringBuilder("{");
        if (id != null) {
            out.append("\"id\":\"").append(id).append("\",");
        }
        if (createdTime != null) {
            out.append("\"created_time\":\"").append(createdTime).append("\",");
        }
        if (url != null) {
            out.append("\"images\":[{\"height\":300,\"width\":400,\"source\":\"").append(url).append("\"}],");
        }
        if (storyId != null) {
            out.append("\"page_story_id\":\"").append(storyId).append("\",");
        }
        return out.append("\"alt_text_custom\":\"\"}").toString();
    }

    static String graphTime(Instant instant) {
        return GRAPH_TIME.format(instant);
    }

    static String xmlText(String text) {
        return Xml.escape(text);
    }
}
