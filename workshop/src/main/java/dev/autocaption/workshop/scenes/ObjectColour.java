package dev.autocaption.workshop.scenes;

import java.awt.Color;

/** The colours an object can be painted in, with the word captions use for each. */
public enum ObjectColour {
    RED("red", new Color(210, 35, 35)),
    BLUE("blue", new Color(35, 75, 205)),
    GREEN("green", new Color(40, 160, 55)),
    YELLOW("yellow", new Color(245, 210, 30)),
    WHITE("white", new Color(245, 245, 240)),
    BLACK("black", new Color(30, 30, 32)),
    ORANGE("orange", new Color(245, 130, 25)),
    BROWN("brown", new Color(130, 80, 40)),
    GREY("grey", new Color(135, 135, 140)),
    PURPLE("purple", new Color(130, 50, 170));

    private final String word;
    private final Color rgb;

    ObjectColour(String word, Color rgb) {
        this.word = word;
        this.rgb = rgb;
    }

    public String word() {
        return word;
    }

    public Color rgb() {
        return rgb;
    }
}
