package dev.autocaption.inference.showandtell;

/**
 * The {@code model.json} of a model directory, as stored.
 *
 * @param engine       must be {@code show-and-tell}
 * @param name         model name, first part of the model id
 * @param architecture encoder and sizes
 * @param checkpoint   checkpoint prefix, relative to the directory
 * @param vocabulary   word-counts file, relative to the directory
 */
public record ModelJson(String engine, String name, Architecture architecture, String checkpoint,
        String vocabulary) {
    public static final String ENGINE = "show-and-tell";
}
