package dev.autocaption.workshop.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.workshop.scenes.PlacedObject.Role;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenePlacementTest {
    private final List<Scene> scenes = IntStream.range(0, 400)
            .mapToObj(i -> new SceneGenerator(160, 120).scene(23, i)).toList();

    @Test
    void groundObjectsStandBelowTheHorizonAndSkyObjectsFlyAboveIt() {
        for (Scene scene : scenes) {
            for (PlacedObject o : scene.objects()) {
                if (o.kind().placement() == ObjectKind.Placement.GROUND) {
                    assertThat(o.bottom()).as("%s in %s", o, scene).isGreaterThan(scene.horizon());
                } else if (!(o.kind() == ObjectKind.BIRD && scene.description().relation() == Relation.ON)) {
                    assertThat(o.bottom()).as("%s in %s", o, scene).isLessThanOrEqualTo(scene.horizon() + 1);
                }
            }
        }
    }

    @Test
    void everythingStaysInsideThePicture() {
        assertThat(scenes).allSatisfy(s -> assertThat(s.objects()).allSatisfy(o -> {
            assertThat(o.x()).isGreaterThanOrEqualTo(0);
            assertThat(o.y()).isGreaterThanOrEqualTo(0);
            assertThat(o.x() + o.width()).isLessThanOrEqualTo(s.width());
            assertThat(o.bottom()).isLessThanOrEqualTo(s.height());
        }));
    }

    @Test
    void vehiclesAndBoatsAppearOnlyOnTheirGround() {
        for (Scene scene : scenes) {
            Ground ground = scene.description().ground();
            for (PlacedObject o : scene.objects()) {
                if (o.kind() == ObjectKind.CAR || o.kind() == ObjectKind.BUS) {
                    assertThat(ground).as("%s", scene).isEqualTo(Ground.ROAD);
                }
                if (o.kind() == ObjectKind.BOAT) {
                    assertThat(ground).as("%s", scene).isEqualTo(Ground.WATER);
                }
            }
        }
    }

    @Test
    void moonAndStarsOnlyAtNightSunCloudsAndFlyersNeverAtNight() {
        for (Scene scene : scenes) {
            boolean night = scene.description().sky() == Sky.NIGHT;
            for (PlacedObject o : scene.objects()) {
                switch (o.kind()) {
                    case MOON, STAR -> assertThat(night).as("%s", scene).isTrue();
                    case SUN, CLOUD, KITE, BIRD -> assertThat(night).as("%s", scene).isFalse();
                    default -> { }
                }
            }
            assertThat(scene.objects().stream().anyMatch(o -> o.kind() == ObjectKind.MOON)).isEqualTo(night);
        }
    }

    @Test
    void subjectAndCompanionCountsMatchTheDescription() {
        for (Scene scene : scenes) {
            assertThat(subjects(scene)).hasSize(scene.description().subject().count());
            assertThat(companions(scene)).hasSize(scene.description().hasCompanion() ? 1 : 0);
        }
    }

    @Test
    void relationsAreVisibleInTheLayout() {
        for (Scene scene : scenes) {
            Relation relation = scene.description().relation();
            if (relation == Relation.NONE) {
                continue;
            }
            PlacedObject companion = companions(scene).get(0);
            for (PlacedObject subject : subjects(scene)) {
                switch (relation) {
                    case ABOVE -> assertThat(subject.bottom()).as("%s", scene).isLessThan(companion.y());
                    case IN_FRONT_OF -> assertThat(subject.bottom()).as("%s", scene)
                            .isGreaterThan(companion.bottom() + 10);
                    case ON -> assertThat(subject.bottom()).as("%s", scene)
                            .isBetween(companion.y(), companion.y() + companion.height() / 2);
                    case NEXT_TO -> assertThat(Math.abs(subject.bottom() - companion.bottom())).as("%s", scene)
                            .isLessThanOrEqualTo(3);
                    default -> { }
                }
            }
            if (relation == Relation.IN_FRONT_OF || relation == Relation.ABOVE) {
                assertThat(subjects(scene)).as("%s", scene).anyMatch(s -> s.x() < companion.x() + companion.width()
                        && companion.x() < s.x() + s.width());
            }
        }
    }

    private static List<PlacedObject> subjects(Scene scene) {
        return scene.objects().stream().filter(o -> o.role() == Role.SUBJECT).toList();
    }

    private static List<PlacedObject> companions(Scene scene) {
        return scene.objects().stream().filter(o -> o.role() == Role.COMPANION).toList();
    }
}
