package dev.autocaption.simulator.flickr;

import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import dev.autocaption.simulator.Xml;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The read methods of the Flickr simulator, shaped like the recorded responses in the fixtures. */
final class FlickrXml {

    private final FlickrState state;
    private final Supplier<String> base;

    FlickrXml(FlickrState state, Supplier<String> base) {
        this.state = state;
        this.base = base;
    }

    static String text(String value) {
        return Xml.escape(value == null ? "" : value);
    }

    /** flickr.photos.search: user_id, min/max_upload_date (unix s, inclusive), sort, extras, per_page, page. */
    SimResponse search(SimRequest request) {
        long min = longParam(request, "min_upload_date", Long.MIN_VALUE);
        long max = longParam(request, "max_upload_date", Long.MAX_VALUE);
        Comparator<StoredPhoto> order = Comparator.comparing((StoredPhoto p) -> p.uploadedAt)
                .thenComparing(p -> Long.parseLong(p.id));
        if (!"date-posted-asc".equals(request.param("sort"))) {
            order = order.reversed();
        }
        List<StoredPhoto> matches = state.photos.values().stream()
                .filter(p -> p.uploadedAt.getEpochSecond() >= min && p.uploadedAt.getEpochSecond() <= max)
                .sorted(order).toList();
        return page(matches, request, "photos", "perpage");
    }

    /** flickr.photosets.getPhotos. */
    SimResponse album(SimRequest request) {
        List<String> ids = state.albums.get(String.valueOf(request.param("photoset_id")));
        if (ids == null) {
            return FlickrRest.fail(1, "Photoset not found");
        }
        return page(ids.stream().map(state.photos::get).toList(), request, "photoset", "per_page");
    }

    private SimResponse page(List<StoredPhoto> matches, SimRequest request, String element, String perPageName) {
        int perPage = (int) Math.min(500, Math.max(1, longParam(request, "per_page", 100)));
        int page = (int) Math.max(1, longParam(request, "page", 1));
        int pages = Math.max(1, (matches.size() + perPage - 1) / perPage);
        Set<String> extras = extras(request.param("extras"));
        StringBuilder out = new StringBuilder("<" + element + " page=\"" + page + "\" pages=\"" + pages + "\" "
                + perPageName + "=\"" + perPage + "\" total=\"" + matches.size() + "\">\n");
        matches.stream().skip((long) (page - 1) * perPage).limit(perPage)
                .forEach(photo -> out.append(listed(photo, extras)));
        return FlickrRest.ok(out.append("</").append(element).append(">").toString());
    }

    private String listed(StoredPhoto p, Set<String> extras) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("id", p.id);
        attributes.put("owner", state.nsid);
        attributes.put("secret", p.secret);
        attributes.put("server", "65535");
        attributes.put("farm", "66");
        attributes.put("title", p.title);
        attributes.put("ispublic", p.isPublic ? 1 : 0);
        attributes.put("isfriend", 0);
        attributes.put("isfamily", 0);
        extras(p, extras, attributes);
        StringBuilder out = new StringBuilder("\t<photo");
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"")
                .append(text(String.valueOf(value))).append('"'));
        if (!extras.contains("description")) {
            return out.append(" />\n").toString();
        }
        return out.append(">\n\t\t<description>").append(text(p.description)).append("</description>\n\t</photo>\n")
                .toString();
    }

    /** The attributes the {@code extras} argument asks for. */
    private void extras(StoredPhoto p, Set<String> extras, Map<String, Object> attributes) {
        if (extras.contains("date_upload")) {
            attributes.put("dateupload", p.uploadedAt.getEpochSecond());
        }
        if (extras.contains("last_update")) {
            attributes.put("lastupdate", p.lastUpdate.getEpochSecond());
        }
        if (extras.contains("tags")) {
            attributes.put("tags", p.tags.stream().map(StoredPhoto.StoredTag::value).collect(Collectors.joining(" ")));
        }
        if (extras.contains("machine_tags")) {
            attributes.put("machine_tags", p.tags.stream().filter(StoredPhoto.StoredTag::machine)
                    .map(StoredPhoto.StoredTag::value).collect(Collectors.joining(" ")));
        }
        if (extras.contains("media")) {
            attributes.put("media", p.media);
            attributes.put("media_status", "ready");
        }
        if (extras.contains("original_format")) {
            attributes.put("originalsecret", p.secret + "o");
            attributes.put("originalformat", "jpg");
        }
        for (FlickrSizes.Rendition size : FlickrSizes.of(p.width, p.height)) {
            if (state.urlExtras && extras.contains("url_" + size.key())) {
                attributes.put("url_" + size.key(), imageUrl(p, size.key()));
                attributes.put("width_" + size.key(), size.width());
                attributes.put("height_" + size.key(), size.height());
            }
        }
    }

    /** flickr.photos.getInfo, as in the recorded fixture. */
    SimResponse info(StoredPhoto p) {
        StringBuilder tags = new StringBuilder();
        for (StoredPhoto.StoredTag tag : p.tags) {
            tags.append("\t\t<tag id=\"").append(tag.id()).append("\" author=\"").append(state.nsid)
                    .append("\" authorname=\"").append(state.username).append("\" raw=\"").append(text(tag.raw()))
                    .append("\" machine_tag=\"").append(tag.machine() ? 1 : 0).append("\">")
                    .append(text(tag.value())).append("</tag>\n");
        }
        return FlickrRest.ok("<photo id=\"" + p.id + "\" secret=\"" + p.secret + "\" server=\"65535\" farm=\"66\""
                + " dateuploaded=\"" + p.uploadedAt.getEpochSecond() + "\" isfavorite=\"0\" license=\"0\""
                + " safety_level=\"0\" rotation=\"0\" originalsecret=\"" + p.secret + "o\" originalformat=\"jpg\""
                + " views=\"0\" media=\"" + p.media + "\">\n\t<owner nsid=\"" + state.nsid + "\" username=\""
                + state.username + "\" realname=\"\" location=\"\" />\n\t<title>" + text(p.title) + "</title>\n"
                + "\t<description>" + text(p.description) + "</description>\n\t<visibility ispublic=\""
                + (p.isPublic ? 1 : 0) + "\" isfriend=\"0\" isfamily=\"0\" />\n\t<dates posted=\""
                + p.uploadedAt.getEpochSecond() + "\" taken=\"2024-01-01 12:00:00\" takengranularity=\"0\""
                + " takenunknown=\"1\" lastupdate=\"" + p.lastUpdate.getEpochSecond() + "\" />\n"
                + "\t<editability cancomment=\"1\" canaddmeta=\"1\" />\n\t<tags>\n" + tags + "\t</tags>\n</photo>");
    }

    /** flickr.photos.getSizes. */
    SimResponse sizes(StoredPhoto p) {
        StringBuilder out = new StringBuilder("<sizes canblog=\"1\" canprint=\"1\" candownload=\"1\">\n");
        for (FlickrSizes.Rendition size : FlickrSizes.of(p.width, p.height)) {
            out.append("\t<size label=\"").append(size.label()).append("\" width=\"").append(size.width())
                    .append("\" height=\"").append(size.height()).append("\" source=\"").append(imageUrl(p, size.key()))
                    .append("\" url=\"").append(base.get()).append("/photos/").append(p.id).append("/sizes/")
                    .append(size.key()).append("/\" media=\"").append(p.media).append("\" />\n");
        }
        return FlickrRest.ok(out.append("</sizes>").toString());
    }

    String imageUrl(StoredPhoto p, String key) {
        return base.get() + "/img/" + p.id + "_" + p.secret + "_" + key + ".jpg";
    }

    private static Set<String> extras(String value) {
        return value == null ? Set.of() : Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    private static long longParam(SimRequest request, String name, long fallback) {
        String value = request.param(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
