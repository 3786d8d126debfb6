package dev.autocaption.workshop.scenes;

import dev.autocaption.workshop.scenes.CaptionWriter.Picker;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrase grammar (documented in {@code models/demo/MODEL_CARD.md}): a sentence structure, then one option
 * per slot from {@link CaptionLexicon}, each chosen by the {@link Picker}. Stateless.
 */
final class CaptionGrammar {
    /** Sentence structures; PLAIN is canonical. */
    enum Structure { PLAIN, RELATION_FIRST, THERE, PREFIX, INVERSE, AND, GROUND_FIRST, SHORT }

    private final SceneDescription scene;
    private final Picker picker;
    private final ObjectKind kind;
    private final boolean flying;

    private CaptionGrammar(SceneDescription scene, Picker picker) {
        this.scene = scene;
        this.picker = picker;
        this.kind = scene.subject().kind();
        this.flying = kind.placement() == ObjectKind.Placement.SKY && scene.relation() != Relation.ON;
    }

    static String render(SceneDescription scene, Picker picker) {
        return CaptionWriter.join(new CaptionGrammar(scene, picker).sentence());
    }

    static List<Structure> structures(SceneDescription scene) {
        List<Structure> structures = new ArrayList<>(List.of(Structure.PLAIN));
        Relation relation = scene.relation();
        if (relation == Relation.NEXT_TO || relation == Relation.IN_FRONT_OF || relation == Relation.ABOVE) {
            structures.add(Structure.RELATION_FIRST);
        }
        structures.addAll(List.of(Structure.THERE, Structure.PREFIX));
        if (scene.hasCompanion()) {
            structures.add(Structure.INVERSE);
        }
        if (relation == Relation.NEXT_TO) {
            structures.add(Structure.AND);
        }
        structures.addAll(List.of(Structure.GROUND_FIRST, Structure.SHORT));
        return structures;
    }

    private List<String> sentence() {
        return switch (picker.pick("structure", structures(scene))) {
            case PLAIN -> plain();
            case RELATION_FIRST -> List.of(subject(), verb(), relation(),
                    flying ? picker.pick("companion ground", CaptionLexicon.grounds(scene.ground(),
                            scene.companion().kind())) : location(), time());
            case THERE -> prepend(scene.subject().count() == 1 ? "there is" : "there are", plain());
            case PREFIX -> prepend(picker.pick("prefix", CaptionLexicon.prefixes()), plain());
            case INVERSE -> inverse();
            case AND -> List.of(subject(), "and", companion(), location(), time());
            case GROUND_FIRST -> List.of(picker.pick("ground lead", CaptionLexicon.groundLeads(scene.ground())),
                    subject(), verb(), scene.hasCompanion() ? relation() : flying ? "overhead" : "", time());
            case SHORT -> List.of(subject(), scene.relation() == Relation.ON ? relation() : location());
        };
    }

    private List<String> plain() {
        if (scene.relation() == Relation.ON) {
            return List.of(subject(), verb(), relation(), time());
        }
        return List.of(subject(), verb(), location(), relation(), time());
    }

    private List<String> inverse() {
        String inverse = picker.pick("inverse relation", CaptionLexicon.inverseRelations(scene.relation()));
        return switch (scene.relation()) {
            case ABOVE -> List.of(companion(), inverse, subject(), verb(), time());
            case ON -> List.of(companion(), "with", subject(), inverse, time());
            default -> List.of(companion(), inverse, subject(), location(), time());
        };
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> parts = new ArrayList<>(List.of(first));
        parts.addAll(rest);
        return parts;
    }

    private String subject() {
        SceneGroup group = scene.subject();
        String count = picker.pick("count", CaptionLexicon.counts(group.count()));
        String size = kind.isPerson() ? "" : picker.pick("size", CaptionLexicon.sizes(group.size()));
        String colour = kind.colourNamed() && !kind.isPerson()
                ? picker.pick("colour", List.of(group.colour().word(), "")) : "";
        String noun = picker.pick("noun", CaptionLexicon.nouns(kind)).of(group.count());
        String clothes = kind.isPerson() ? picker.pick("clothes", CaptionLexicon.clothes(group)) : "";
        return String.join(" ", count, size, colour, noun, clothes);
    }

    private String companion() {
        SceneGroup group = scene.companion();
        String colour = group.kind().colourNamed() && !group.kind().isPerson()
                ? picker.pick("companion colour", List.of("", group.colour().word())) : "";
        return String.join(" ", "a", colour,
                picker.pick("companion noun", CaptionLexicon.nouns(group.kind())).one());
    }

    private String verb() {
        return picker.pick("verb", CaptionLexicon.verbs(kind, scene.relation() == Relation.ON));
    }

    private String location() {
        return flying ? picker.pick("sky", CaptionLexicon.skies(scene.sky(), scene.ground()))
                : picker.pick("ground", CaptionLexicon.grounds(scene.ground(), kind));
    }

    private String relation() {
        if (!scene.hasCompanion()) {
            return "";
        }
        return picker.pick("relation", CaptionLexicon.relations(scene.relation())) + " " + companion();
    }

    private String time() {
        return picker.pick("time", CaptionLexicon.times(scene));
    }
}
