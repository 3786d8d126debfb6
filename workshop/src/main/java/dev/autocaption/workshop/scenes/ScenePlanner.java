package dev.autocaption.workshop.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Chooses what a scene shows, respecting the placement rules of {@link ObjectKind}. Stateless. */
final class ScenePlanner {
    private static final List<ObjectKind> SUBJECTS = List.of(ObjectKind.MAN, ObjectKind.WOMAN, ObjectKind.DOG,
            ObjectKind.CAT, ObjectKind.CAR, ObjectKind.BUS, ObjectKind.BOAT, ObjectKind.BICYCLE, ObjectKind.TREE,
            ObjectKind.HOUSE, ObjectKind.BALL, ObjectKind.BIRD, ObjectKind.KITE);
    private static final List<ObjectKind> SMALL_IN_FRONT = List.of(ObjectKind.MAN, ObjectKind.WOMAN, ObjectKind.DOG,
            ObjectKind.CAT, ObjectKind.BICYCLE, ObjectKind.BALL, ObjectKind.CAR);
    private static final List<ObjectKind> BACKDROPS = List.of(ObjectKind.HOUSE, ObjectKind.TREE, ObjectKind.BUS);

    SceneDescription plan(SplittableRandom random) {
        Sky sky = pickSky(random);
        List<ObjectKind> subjects = SUBJECTS.stream()
                .filter(k -> sky != Sky.NIGHT || k.placement() == ObjectKind.Placement.GROUND).toList();
        ObjectKind kind = pick(random, subjects);
        Ground ground = pick(random, List.copyOf(kind.grounds()));
        Relation relation = pick(random, relations(kind, ground));
        SceneGroup companion = relation == Relation.NONE ? null : companion(random, kind, ground, relation);
        int count = 1 + random.nextInt(relation == Relation.ON && kind == ObjectKind.CAT ? 1 : kind.maxCount());
        SceneGroup subject = new SceneGroup(kind, pick(random, kind.colours()), count,
                pick(random, List.of(Size.values())));
        boolean sun = sky != Sky.NIGHT && random.nextDouble() < (sky == Sky.DAY ? 0.4 : 0.6);
        int clouds = sky == Sky.NIGHT ? 0 : random.nextInt(sky == Sky.DAY ? 4 : 3);
        return new SceneDescription(sky, ground, subject, relation, companion, sun, clouds);
    }

    private static Sky pickSky(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.5 ? Sky.DAY : r < 0.75 ? Sky.SUNSET : Sky.NIGHT;
    }

    private static List<Relation> relations(ObjectKind kind, Ground ground) {
        List<Relation> relations = new ArrayList<>(List.of(Relation.NONE));
        for (Relation relation : List.of(Relation.NEXT_TO, Relation.IN_FRONT_OF, Relation.ABOVE, Relation.ON)) {
            if (!companions(kind, ground, relation).isEmpty()) {
                relations.add(relation);
            }
        }
        return relations;
    }

    /** The kinds that may keep {@code kind} company over {@code ground} in {@code relation}. */
    static List<ObjectKind> companions(ObjectKind kind, Ground ground, Relation relation) {
        List<ObjectKind> grounded = SUBJECTS.stream()
                .filter(k -> k != kind && k.placement() == ObjectKind.Placement.GROUND && k.grounds().contains(ground))
                .toList();
        boolean sky = kind.placement() == ObjectKind.Placement.SKY;
        return switch (relation) {
            case NONE -> List.of();
            case NEXT_TO -> sky ? List.of() : grounded;
            case IN_FRONT_OF -> sky || !SMALL_IN_FRONT.contains(kind) ? List.of()
                    : grounded.stream().filter(BACKDROPS::contains)
                            .filter(k -> kind != ObjectKind.CAR || k == ObjectKind.HOUSE).toList();
            case ABOVE -> sky ? grounded.stream().filter(k -> k != ObjectKind.BALL)
                    .filter(k -> ground != Ground.ROAD || (k != ObjectKind.HOUSE && k != ObjectKind.TREE)).toList()
                    : List.of();
            case ON -> onCompanions(kind, grounded.stream()
                    .filter(k -> ground != Ground.ROAD || k != ObjectKind.HOUSE).toList());
        };
    }

    private static List<ObjectKind> onCompanions(ObjectKind kind, List<ObjectKind> grounded) {
        if (kind == ObjectKind.CAT) {
            return grounded.contains(ObjectKind.CAR) ? List.of(ObjectKind.CAR) : List.of();
        }
        if (kind == ObjectKind.BIRD) {
            return grounded.stream().filter(k -> k == ObjectKind.HOUSE || k == ObjectKind.CAR).toList();
        }
        return List.of();
    }

    private static SceneGroup companion(SplittableRandom random, ObjectKind subject, Ground ground,
            Relation relation) {
        ObjectKind kind = pick(random, companions(subject, ground, relation));
        return new SceneGroup(kind, pick(random, kind.colours()), 1, Size.MEDIUM);
    }

    static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
