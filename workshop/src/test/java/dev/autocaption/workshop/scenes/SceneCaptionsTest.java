package dev.autocaption.workshop.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SceneCaptionsTest {
    private static final int SCENES = 400;
    private static final Map<String, Set<ObjectKind>> OBJECT_WORDS = objectWords();

    private final List<Scene> scenes = IntStream.range(0, SCENES)
            .mapToObj(i -> new SceneGenerator(160, 120).scene(11, i)).toList();

    @Test
    void everySceneHasFiveDistinctCaptions() {
        assertThat(scenes).allSatisfy(s -> assertThat(Set.copyOf(s.captions())).hasSize(5));
    }

    @Test
    void captionsAreLowercaseWordsSeparatedBySingleSpaces() {
        assertThat(scenes.stream().flatMap(s -> s.captions().stream()))
                .allSatisfy(c -> assertThat(c).matches("[a-z]+( [a-z]+)*"));
    }

    @Test
    void captionsNameOnlyObjectsThatWereDrawn() {
        for (Scene scene : scenes) {
            Set<ObjectKind> drawn = scene.objects().stream().map(PlacedObject::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ObjectKind.class)));
            for (String caption : scene.captions()) {
                for (String word : caption.split(" ")) {
                    Set<ObjectKind> meant = OBJECT_WORDS.getOrDefault(word, Set.of());
                    assertThat(meant.isEmpty() || meant.stream().anyMatch(drawn::contains))
                            .as("'%s' in \"%s\", drawn %s", word, caption, drawn).isTrue();
                }
            }
        }
    }

    @Test
    void captionsNameOnlyTheColoursOfTheSubjectOrCompanion() {
        Set<String> colourWords = EnumSet.allOf(ObjectColour.class).stream().map(ObjectColour::word)
                .collect(Collectors.toSet());
        for (Scene scene : scenes) {
            SceneDescription d = scene.description();
            Set<String> allowed = new TreeSet<>(List.of(d.subject().colour().word()));
            if (d.hasCompanion()) {
                allowed.add(d.companion().colour().word());
            }
            if (d.sky() == Sky.SUNSET) {
                allowed.add("orange");
            }
            if (d.sky() == Sky.DAY) {
                allowed.add("blue");
            }
            if (d.ground() == Ground.GRASS) {
                allowed.add("green");
            }
            for (String caption : scene.captions()) {
                assertThat(List.of(caption.split(" "))).filteredOn(colourWords::contains)
                        .as("colours in \"%s\"", caption).isSubsetOf(allowed);
            }
        }
    }

    @Test
    void captionsCountTheSubjectsCorrectly() {
        Map<String, Integer> counts = Map.of("one", 1, "two", 2, "couple", 2, "pair", 2, "three", 3, "few", 3,
                "several", 3, "group", 3);
        for (Scene scene : scenes) {
            for (String caption : scene.captions()) {
                List<String> words = List.of(caption.split(" "));
                int count = scene.description().subject().count();
                assertThat(words).filteredOn(counts::containsKey).map(counts::get)
                        .as("counts in \"%s\"", caption).allMatch(c -> c == count);
                assertThat(count == 1 ? words.contains("a") || words.contains("an") || words.contains("one")
                        : words.stream().anyMatch(counts::containsKey))
                        .as("a count in \"%s\"", caption).isTrue();
            }
        }
    }

    @Test
    void canonicalCaptionDependsOnlyOnTheDescription() {
        CaptionWriter writer = new CaptionWriter();
        for (Scene scene : scenes.subList(0, 50)) {
            assertThat(writer.write(scene.description(), new SplittableRandom(123)).get(0))
                    .isEqualTo(scene.canonicalCaption());
        }
    }

    @Test
    void secondCaptionDiffersFromTheCanonicalInOneChoice() {
        for (Scene scene : scenes) {
            List<String> canonical = List.of(scene.captions().get(0).split(" "));
            List<String> second = List.of(scene.captions().get(1).split(" "));
            List<String> shared = new ArrayList<>(canonical);
            shared.retainAll(second);
            assertThat(shared.size()).as("%s vs %s", canonical, second)
                    .isGreaterThanOrEqualTo(Math.min(canonical.size(), second.size()) / 2);
        }
    }

    @Test
    void vocabularyStaysSmall() {
        Set<String> words = scenes.stream().flatMap(s -> s.captions().stream())
                .flatMap(c -> List.of(c.split(" ")).stream()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(words.size()).isBetween(100, 300);
    }

    @Test
    void scenesCoverEverySkyGroundRelationAndSubjectKind() {
        assertThat(scenes.stream().map(s -> s.description().sky()).distinct()).hasSize(Sky.values().length);
        assertThat(scenes.stream().map(s -> s.description().ground()).distinct()).hasSize(Ground.values().length);
        assertThat(scenes.stream().map(s -> s.description().relation()).distinct())
                .hasSize(Relation.values().length);
        assertThat(scenes.stream().map(s -> s.description().subject().kind()).distinct()).hasSize(13);
    }

    private static Map<String, Set<ObjectKind>> objectWords() {
        Map<String, Set<ObjectKind>> words = new java.util.HashMap<>();
        for (ObjectKind kind : ObjectKind.values()) {
            for (CaptionLexicon.Noun noun : CaptionLexicon.nouns(kind)) {
                for (String form : List.of(noun.one(), noun.many())) {
                    for (String word : form.split(" ")) {
                        if (!word.equals("city") && !word.equals("passenger")) {
                            words.computeIfAbsent(word, w -> EnumSet.noneOf(ObjectKind.class)).add(kind);
                        }
                    }
                }
            }
        }
        words.put("sunny", EnumSet.of(ObjectKind.SUN));
        words.put("cloudy", EnumSet.of(ObjectKind.CLOUD));
        words.put("starry", EnumSet.of(ObjectKind.STAR));
        return words;
    }
}
