package dev.autocaption.workshop.scenes;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of the scene grammar. Every method returns the options for one slot with the <b>canonical choice
 * first</b>; an empty string means "leave the slot out". Options are only offered when they are true of the
 * scene (a sunny day needs a drawn sun, "sailing" needs a boat). Stateless.
 */
final class CaptionLexicon {
    /** A noun's singular and plural. */
    record Noun(String one, String many) {
        String of(int count) {
            return count == 1 ? one : many;
        }
    }

    private CaptionLexicon() {
    }

    static List<Noun> nouns(ObjectKind kind) {
        return switch (kind) {
            case MAN -> List.of(new Noun("man", "men"), new Noun("person", "people"), new Noun("guy", "guys"));
            case WOMAN -> List.of(new Noun("woman", "women"), new Noun("person", "people"),
                    new Noun("lady", "ladies"));
            case DOG -> List.of(new Noun("dog", "dogs"), new Noun("puppy", "puppies"));
            case CAT -> List.of(new Noun("cat", "cats"), new Noun("kitten", "kittens"));
            case CAR -> List.of(new Noun("car", "cars"), new Noun("automobile", "automobiles"),
                    new Noun("vehicle", "vehicles"));
            case BUS -> List.of(new Noun("bus", "buses"), new Noun("city bus", "city buses"),
                    new Noun("passenger bus", "passenger buses"));
            case BOAT -> List.of(new Noun("boat", "boats"), new Noun("sailboat", "sailboats"));
            case BICYCLE -> List.of(new Noun("bicycle", "bicycles"), new Noun("bike", "bikes"));
            case HOUSE -> List.of(new Noun("house", "houses"), new Noun("home", "homes"),
                    new Noun("building", "buildings"));
            case TREE, BALL, BIRD, KITE, SUN, CLOUD, MOON, STAR -> {
                String word = kind.name().toLowerCase(java.util.Locale.ROOT);
                yield List.of(new Noun(word, word + "s"));
            }
        };
    }

    static List<String> counts(int count) {
        return switch (count) {
            case 1 -> List.of("a", "one");
            case 2 -> List.of("two", "a couple of", "a pair of");
            default -> List.of("three", "a group of", "a few", "several");
        };
    }

    static List<String> sizes(Size size) {
        return switch (size) {
            case SMALL -> List.of("", "small", "little");
            case MEDIUM -> List.of("");
            case LARGE -> List.of("", "large", "big");
        };
    }

    static List<String> verbs(ObjectKind kind, boolean perched) {
        return switch (kind) {
            case MAN, WOMAN -> List.of("standing", "");
            case DOG -> List.of("standing", "playing", "");
            case CAT -> List.of("sitting", "resting", "");
            case CAR -> List.of("parked", "sitting", "");
            case BUS -> List.of("driving", "traveling", "");
            case BOAT -> List.of("floating", "sailing", "");
            case BICYCLE -> List.of("parked", "");
            case TREE -> List.of("", "growing");
            case BALL -> List.of("", "lying", "sitting");
            case BIRD -> perched ? List.of("sitting", "perched") : List.of("flying", "soaring");
            case KITE -> List.of("flying", "soaring");
            case HOUSE, SUN, CLOUD, MOON, STAR -> List.of("");
        };
    }

    /** Where a ground object is: canonical "on the grass", but "in a field" for trees and houses. */
    static List<String> grounds(Ground ground, ObjectKind kind) {
        List<String> phrases = new ArrayList<>(switch (ground) {
            case GRASS -> List.of("on the grass", "in a field", "in a grassy field", "in the grass", "");
            case SAND -> List.of("on the beach", "on the sand", "on a sandy beach", "");
            case WATER -> List.of("on the water", "in the water", "on the lake", "on a lake", "");
            case SNOW -> List.of("in the snow", "on the snow", "in a snowy field", "on a snowy field", "");
            case ROAD -> List.of("on the street", "on the road", "in the street", "on a city street", "");
        });
        if (ground == Ground.GRASS && (kind == ObjectKind.TREE || kind == ObjectKind.HOUSE)) {
            phrases.remove("in a field");
            phrases.add(0, "in a field");
        }
        return phrases;
    }

    /** Where a flying object is. */
    static List<String> skies(Sky sky, Ground ground) {
        List<String> phrases = new ArrayList<>(List.of("in the sky", "high in the sky", "in the air"));
        if (sky == Sky.DAY) {
            phrases.add("in the blue sky");
        }
        phrases.add(switch (ground) {
            case GRASS -> "over a field";
            case SAND -> "over the beach";
            case WATER -> "over the water";
            case SNOW -> "over the snow";
            case ROAD -> "over the street";
        });
        phrases.add("");
        return phrases;
    }

    static List<String> groundLeads(Ground ground) {
        return switch (ground) {
            case GRASS -> List.of("a grassy field with", "a field with", "a green field with");
            case SAND -> List.of("a beach with", "a sandy beach with");
            case WATER -> List.of("a lake with", "a body of water with");
            case SNOW -> List.of("a snowy field with", "a snow covered field with");
            case ROAD -> List.of("a street with", "a city street with", "a road with");
        };
    }

    static List<String> relations(Relation relation) {
        return switch (relation) {
            case NONE -> List.of("");
            case NEXT_TO -> List.of("next to", "beside", "near", "by");
            case IN_FRONT_OF -> List.of("in front of");
            case ABOVE -> List.of("above", "over");
            case ON -> List.of("on top of", "on", "on the roof of");
        };
    }

    /** The relation seen from the companion: "a house behind a dog". */
    static List<String> inverseRelations(Relation relation) {
        return switch (relation) {
            case NONE -> List.of("");
            case NEXT_TO -> List.of("next to", "beside", "near");
            case IN_FRONT_OF -> List.of("behind");
            case ABOVE -> List.of("under", "below");
            case ON -> List.of("on top of it", "on it", "on the roof");
        };
    }

    static List<String> times(SceneDescription scene) {
        List<String> phrases = new ArrayList<>();
        switch (scene.sky()) {
            case DAY -> {
                phrases.addAll(List.of("", "under a blue sky", "during the day"));
                if (scene.sun()) {
                    phrases.add("on a sunny day");
                }
                phrases.add(scene.clouds() >= 2 ? "under a cloudy sky" : scene.clouds() == 0 ? "on a clear day" : "");
            }
            case SUNSET -> phrases.addAll(List.of("at sunset", "at dusk", "during sunset", "under an orange sky",
                    "in the evening"));
            case NIGHT -> phrases.addAll(List.of("at night", "in the dark", "under a starry sky", "under the moon",
                    "under the night sky", "at night time"));
        }
        return phrases.stream().distinct().toList();
    }

    static List<String> prefixes() {
        return List.of("a picture of", "a photo of", "an image of", "a view of");
    }

    /** People's colour is their clothes': never canonical, sometimes "in a red shirt". */
    static List<String> clothes(SceneGroup group) {
        Noun garment = group.kind() == ObjectKind.WOMAN ? new Noun("dress", "dresses") : new Noun("shirt", "shirts");
        String worn = (group.count() > 1 ? "" : "a ") + group.colour().word() + " " + garment.of(group.count());
        return List.of("", "in " + worn, "wearing " + worn);
    }
}
